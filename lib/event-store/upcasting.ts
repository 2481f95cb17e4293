/**
 * Upcasting: stored events are never rewritten; readers register functions that turn an old shape of an
 * event's data into the newer one, applied on every read. Chains run until no upcaster matches.
 */
import type { JsonObject, RecordedEvent } from "@/lib/event-store/types";

export interface Upcaster {
  type: string;
  fromVersion: number;
  toVersion: number;
  upcast(data: JsonObject): JsonObject;
}

export type UpcasterRegistry = ReadonlyMap<string, Upcaster>;

const keyOf = (type: string, version: number) => `${type}@${version}`;

export function createUpcasterRegistry(upcasters: readonly Upcaster[] = []): UpcasterRegistry {
  const registry = new Map<string, Upcaster>();
  for (const upcaster of upcasters) {
    if (upcaster.toVersion <= upcaster.fromVersion) {
      throw new RangeError(
        `Upcaster for ${upcaster.type} must raise the version (${upcaster.fromVersion} → ${upcaster.toVersion})`,
      );
    }
    const key = keyOf(upcaster.type, upcaster.fromVersion);
    if (registry.has(key)) throw new RangeError(`Two upcasters for ${upcaster.type} version ${upcaster.fromVersion}`);
    registry.set(key, upcaster);
  }
  return registry;
}

/**
 * The event in its newest shape. An upcaster that throws (stored data of a shape it does not expect) never
 * fails the read: the event comes back as stored, with `upcastError` saying why, for readers to skip or show.
 */
export function upcastEvent(event: RecordedEvent, registry: UpcasterRegistry): RecordedEvent {
  let upcaster = registry.get(keyOf(event.type, event.schemaVersion));
  if (!upcaster) return event;
  let { data, schemaVersion } = event;
  try {
    while (upcaster) {
      data = upcaster.upcast(data);
      schemaVersion = upcaster.toVersion;
      upcaster = registry.get(keyOf(event.type, schemaVersion));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...event, upcastError: `cannot upcast ${event.type} from version ${schemaVersion}: ${reason}` };
  }
  return { ...event, data, schemaVersion, storedSchemaVersion: event.schemaVersion };
}
