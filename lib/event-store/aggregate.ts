/**
 * The command-handling loop of an event-sourced aggregate, generic over the domain: load the stream (from the
 * latest snapshot when there is one), fold it with `evolve`, let `decide` choose new events, append them with
 * the loaded revision as the expected revision (so a concurrent change is a conflict, never an overwrite),
 * and take a snapshot when the policy says so.
 */
import { streamEvents } from "@/lib/event-store/stream-events";
import type {
  AppendCondition,
  AppendResult,
  EventMetadata,
  EventStore,
  JsonObject,
  JsonValue,
  RecordedEvent,
} from "@/lib/event-store/types";

export interface DomainEvent {
  type: string;
  data: JsonObject;
}

export interface Aggregate<State, Event extends DomainEvent> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /**
   * Turns a stored event back into a domain event, or undefined for one the domain cannot read (an unknown
   * type, a malformed shape): that one is left out of the fold, never fatal, so no stored event can make a
   * stream unusable.
   */
  toDomainEvent(event: RecordedEvent): Event | undefined;
  schemaVersionOf?(type: Event["type"]): number;
}

export interface SnapshotPolicy {
  /** Take a snapshot whenever the stream crosses a multiple of this many events. */
  every: number;
  /** The state's shape version; snapshots of another version are ignored. */
  schemaVersion: number;
}

export interface LoadedAggregate<State> {
  state: State;
  revision: number;
  /** Events folded on top of the snapshot (or from the start). */
  eventsFolded: number;
  snapshotRevision: number | undefined;
}

export async function loadAggregate<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  aggregate: Aggregate<State, Event>,
  snapshots?: SnapshotPolicy,
): Promise<LoadedAggregate<State>> {
  const snapshot = snapshots ? await store.loadLatestSnapshot(streamId) : undefined;
  const usable = snapshot && snapshot.schemaVersion === snapshots?.schemaVersion ? snapshot : undefined;
  let state = usable ? (usable.state as State) : aggregate.initialState();
  let revision = usable?.revision ?? 0;
  let eventsFolded = 0;
  for await (const event of streamEvents(store, streamId, { fromRevision: revision + 1 })) {
    const domainEvent = aggregate.toDomainEvent(event);
    if (domainEvent) state = aggregate.evolve(state, domainEvent);
    revision = event.revision;
    eventsFolded += 1;
  }
  return { state, revision, eventsFolded, snapshotRevision: usable?.revision };
}

export type Decision<Event, Rejection> = { ok: true; events: readonly Event[] } | { ok: false; error: Rejection };

export type CommandOutcome<State, Rejection> =
  | { ok: true; state: State; revision: number; appended: AppendResult | undefined; events: readonly DomainEvent[] }
  | { ok: false; error: Rejection; revision: number };

/**
 * Runs one command. Rejections by the domain come back as values; event-store errors (a conflict above all)
 * are thrown as typed errors for the caller to map.
 */
export async function handleCommand<State, Event extends DomainEvent, Rejection>(
  store: EventStore,
  streamId: string,
  aggregate: Aggregate<State, Event>,
  decide: (state: State) => Decision<Event, Rejection>,
  options: {
    metadata?: EventMetadata;
    snapshots?: SnapshotPolicy;
    expectedRevision?: number;
    /** The tags each new event is stored with (none when absent). */
    tagsOf?: (event: Event) => string[];
    /** A consistency boundary beyond the stream: fails the append with AppendConditionFailedError. */
    condition?: AppendCondition;
  } = {},
): Promise<CommandOutcome<State, Rejection>> {
  const loaded = await loadAggregate(store, streamId, aggregate, options.snapshots);
  const decision = decide(loaded.state);
  if (!decision.ok) return { ok: false, error: decision.error, revision: loaded.revision };
  if (decision.events.length === 0)
    return { ok: true, state: loaded.state, revision: loaded.revision, appended: undefined, events: [] };
  // A caller that showed the user revision N passes it, so a change made since then is a conflict too.
  const expectedRevision = options.expectedRevision ?? loaded.revision;
  const appended = await store.appendToStream(
    streamId,
    decision.events.map((event) => {
      const tags = options.tagsOf?.(event) ?? [];
      return {
        type: event.type,
        data: event.data,
        metadata: options.metadata,
        schemaVersion: aggregate.schemaVersionOf?.(event.type) ?? 1,
        ...(tags.length > 0 ? { tags } : {}),
      };
    }),
    { expectedRevision, ...(options.condition ? { condition: options.condition } : {}) },
  );
  const state = decision.events.reduce(aggregate.evolve, loaded.state);
  const policy = options.snapshots;
  if (policy && Math.floor(appended.nextExpectedRevision / policy.every) > Math.floor(loaded.revision / policy.every)) {
    await store.saveSnapshot({
      streamId,
      revision: appended.nextExpectedRevision,
      state: state as JsonValue,
      schemaVersion: policy.schemaVersion,
    });
  }
  return { ok: true, state, revision: appended.nextExpectedRevision, appended, events: decision.events };
}
