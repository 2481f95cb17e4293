/**
 * The timeline's list of events: newest first, each event exactly once however often it arrives (the initial
 * page, the live feed, a reconnect that overlaps, an older page). Pure, so it is tested without a browser.
 */
import type { RecordedEvent } from "@/lib/event-store/types";

/** Newest first by append time; stream and revision break ties so the order never flickers. */
export function compareNewestFirst(a: RecordedEvent, b: RecordedEvent): number {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? 1 : -1;
  if (a.streamId !== b.streamId) return a.streamId < b.streamId ? 1 : -1;
  return b.revision - a.revision;
}

/**
 * Adds the events not yet in `current` (by event id) and keeps the list sorted newest first. Returns `current`
 * itself when nothing is new, so React skips the re-render.
 */
export function mergeEvents(
  current: readonly RecordedEvent[],
  incoming: readonly RecordedEvent[],
): readonly RecordedEvent[] {
  const seen = new Set(current.map((event) => event.id));
  const fresh: RecordedEvent[] = [];
  for (const event of incoming) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    fresh.push(event);
  }
  if (fresh.length === 0) return current;
  return [...current, ...fresh].sort(compareNewestFirst);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A cheap shape check of what the server sent (the full schema lives with the HTTP API). */
export function isRecordedEvent(value: unknown): value is RecordedEvent {
  if (!isObject(value)) return false;
  return (
    typeof value.id === "string" &&
    typeof value.streamId === "string" &&
    typeof value.revision === "number" &&
    typeof value.type === "string" &&
    typeof value.recordedAt === "string" &&
    typeof value.position === "string" &&
    typeof value.schemaVersion === "number" &&
    isObject(value.data) &&
    isObject(value.metadata)
  );
}

/** The `data:` of one `recorded` SSE message, or undefined when it is not an event. */
export function parseRecordedEvent(data: string): RecordedEvent | undefined {
  try {
    const value: unknown = JSON.parse(data);
    return isRecordedEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
