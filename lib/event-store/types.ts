/**
 * The event store's public types. Nothing here knows about students, HTTP or DynamoDB.
 * Revisions are 1-based and gapless within a stream: the first event of a stream is revision 1.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * What an append expects of the stream before it:
 * - "any": no check; concurrent appends all succeed, one after another.
 * - "no_stream": the stream must not exist (the same as the exact revision 0).
 * - "stream_exists": the stream must have at least one event.
 * - a number N: the stream's last revision must be exactly N.
 */
export type ExpectedRevision = "any" | "no_stream" | "stream_exists" | number;

export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  [key: string]: JsonValue | undefined;
}

/** An event to append. The id is generated when missing; give one to make retries idempotent. */
export interface NewEvent {
  id?: string;
  type: string;
  data: JsonObject;
  metadata?: EventMetadata;
  /** Version of the data's shape, for upcasting. Defaults to 1. */
  schemaVersion?: number;
  /** Tags for reading across streams and for append conditions ("course:web-development", "student:42"). */
  tags?: string[];
}

export interface RecordedEvent {
  id: string;
  streamId: string;
  revision: number;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
  schemaVersion: number;
  /** When an upcaster changed the event on read: the version it was stored with. */
  storedSchemaVersion?: number;
  /** When an upcaster could not handle the stored data: why. The event is then exactly as stored. */
  upcastError?: string;
  /** Server time of the append, ISO 8601 with milliseconds. */
  recordedAt: string;
  /** Position of the event's commit in the all-events feed (opaque). */
  position: string;
  /**
   * The event's tags, in the order appended. Absent when it has none (read it as `tags ?? []`): the HTTP API's
   * strict wire shape does not carry the field yet.
   */
  tags?: string[];
}

/**
 * Events matching a tag query: those carrying at least one of the tags and, when `types` is given, of one of
 * those types (docs/event-store.md, "Tags and conditional appends").
 */
export interface TagQuery {
  tags: string[];
  types?: string[];
}

/** Where a tagged read stopped, per tag (opaque): pass it as an append condition's `after`. */
export type DcbPosition = string;

/** The append fails with AppendConditionFailedError when an event matching `query` was appended after `after`. */
export interface AppendCondition {
  query: TagQuery;
  after: DcbPosition;
}

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
  condition?: AppendCondition;
}

export interface ReadByTagsOptions {
  /**
   * Only the events appended after this position (from an earlier readByTags with the same query): a reader
   * that remembers what it folded reads just what is new. The result's position covers everything, as always.
   */
  after?: DcbPosition;
  /** true: a strongly consistent read (DynamoDB), as a decision that is followed by a conditional append needs. */
  consistent?: boolean;
}

export interface ReadByTagsResult {
  /** In append order (across several tags: in commit-time order). */
  events: RecordedEvent[];
  /** Pass as the condition's `after`, with the same query. */
  position: DcbPosition;
}

export interface AppendResult {
  streamId: string;
  firstRevision: number;
  /** The stream's revision after the append: pass it as the next expected revision. */
  nextExpectedRevision: number;
  position: string;
  /** True when the events were already stored (an idempotent retry) and nothing was written. */
  alreadyStored: boolean;
  /** The events as recorded (for a retry: as stored the first time), so a writer never reads back what it wrote. */
  events: RecordedEvent[];
}

export type ReadDirection = "forwards" | "backwards";

export interface ReadStreamOptions {
  /** First revision to read (inclusive). Default: 1 forwards, the last revision backwards. */
  fromRevision?: number;
  direction?: ReadDirection;
  /** Default and maximum: 1000. */
  maxCount?: number;
  /** false: the events exactly as stored, without the registered upcasters. Default true. */
  upcast?: boolean;
}

export interface ReadStreamResult {
  streamId: string;
  events: RecordedEvent[];
  /** The stream's last revision when it was read. */
  lastRevision: number;
  closed: boolean;
  /** Where the next page starts, or undefined when this page reached the end. */
  nextRevision: number | undefined;
}

export interface ReadAllOptions {
  /** Only the streams of this scope (lib/event-store/scope.ts); positions are the same as in the whole feed. */
  scope?: string;
  /** Exclusive: events after this position (forwards) or before it (backwards). Default: the start or the end. */
  from?: string;
  direction?: ReadDirection;
  /** Pages end on commit boundaries, so a page may hold a few more events than this. Default 100, max 1000. */
  maxCount?: number;
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /**
   * Pass as `from` for the next page; undefined when this page is known to be the last. A page that ends
   * exactly at the end may still carry a position (DynamoDB cannot tell), whose next page is then empty.
   */
  nextPosition: string | undefined;
}

export interface StreamInfo {
  streamId: string;
  revision: number;
  closed: boolean;
  lastEventAt: string;
}

export interface ListStreamsOptions {
  /** Only the streams of this scope. */
  scope?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  /** Default 20, max 100. */
  limit?: number;
}

export interface ListStreamsResult {
  streams: StreamInfo[];
  /** As ReadAllResult.nextPosition: undefined on a page known to be the last; otherwise the next page may be empty. */
  nextCursor: string | undefined;
}

export interface Snapshot {
  streamId: string;
  /** The revision of the last event folded into the state. */
  revision: number;
  state: JsonValue;
  /** Version of the state's shape; a loader ignores snapshots of another version. */
  schemaVersion: number;
  takenAt: string;
}

export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /** Throws StreamNotFoundError when the stream has no events. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadStreamResult>;
  /** The stream's head, or undefined when it does not exist. */
  getStreamInfo(streamId: string): Promise<StreamInfo | undefined>;
  /** Every event of the store in commit order (see docs/event-store.md for what the order promises). */
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Streams, newest activity first. */
  listStreams(options?: ListStreamsOptions): Promise<ListStreamsResult>;
  /** Closes the stream: later appends fail with StreamClosedError, reads still work. Closing twice is fine. */
  closeStream(streamId: string): Promise<StreamInfo>;
  /**
   * Every event of the store, as fast as the store can give them: pages in no order across streams, each
   * stream's events in revision order within a page's commits. For rebuilds, which order by stream themselves.
   */
  readEverything(options?: { parallelism?: number }): AsyncIterable<RecordedEvent[]>;
  /** The events matching the query, and the position a conditional append based on them passes as `after`. */
  readByTags(query: TagQuery, options?: ReadByTagsOptions): Promise<ReadByTagsResult>;
  saveSnapshot(snapshot: Omit<Snapshot, "takenAt">): Promise<void>;
  loadLatestSnapshot(streamId: string): Promise<Snapshot | undefined>;
}
