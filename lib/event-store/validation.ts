/**
 * Rules every adapter applies before it writes anything, so a bad append stores nothing, whatever the adapter.
 */
import { randomUUID } from "node:crypto";
import {
  DuplicateEventIdError,
  EmptyAppendError,
  EventTooLargeError,
  InvalidEventError,
  InvalidStreamIdError,
  TooManyEventsError,
} from "@/lib/event-store/errors";
import type { EventMetadata, JsonObject, NewEvent, RecordedEvent } from "@/lib/event-store/types";
import { MAX_TAGS_PER_APPEND, validateTags } from "@/lib/event-store/tags";

export const MAX_EVENTS_PER_APPEND = 100;
/**
 * The window of the idempotency rule: an append whose event ids the stream's last this-many commits hold is
 * never stored again, whatever its expected revision (docs/event-store.md, "Idempotency").
 */
export const IDEMPOTENCY_WINDOW_COMMITS = 20;
/**
 * One append is one DynamoDB item, whose hard limit is 400 KB including attribute names. The limit below
 * leaves room for the item's keys and bookkeeping attributes, so an append that passes never fails there.
 */
export const MAX_APPEND_BYTES = 380 * 1024;
/**
 * A tagged append writes its events once in the commit and once more in each of their tags' items, all in one
 * DynamoDB transaction (4 MB at most): this limit counts every copy.
 */
export const MAX_TAGGED_APPEND_BYTES = 3 * 1024 * 1024;
/** Per-event bookkeeping in the item (attribute names, id, version): counted against the limit. */
const EVENT_OVERHEAD_BYTES = 64;

/** The rules as patterns, exported so the HTTP API's schema can state them rather than describe them. */
export const STREAM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
export const EVENT_TYPE_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;
export const EVENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STREAM_ID = STREAM_ID_PATTERN;
const EVENT_TYPE = EVENT_TYPE_PATTERN;
const UUID = EVENT_ID_PATTERN;

/** An event ready to store: id and version filled in, data and metadata serialised once. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  metadataJson: string;
  /** Absent or [] when the event has none (items written before tags existed have none). */
  tags?: string[];
}

export function assertValidStreamId(streamId: string): void {
  if (typeof streamId !== "string" || !STREAM_ID.test(streamId)) throw new InvalidStreamIdError(String(streamId));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toJson(value: unknown, index: number, field: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new InvalidEventError(index, field, "is not JSON-serialisable");
  return json;
}

function prepareEvent(event: NewEvent, index: number): PreparedEvent {
  if (!isPlainObject(event)) throw new InvalidEventError(index, "event", "must be an object");
  if (typeof event.type !== "string" || !EVENT_TYPE.test(event.type)) {
    throw new InvalidEventError(
      index,
      "type",
      "must be 1–100 letters, digits, '.', '_' or '-', starting with a letter",
    );
  }
  if (event.id !== undefined && (typeof event.id !== "string" || !UUID.test(event.id))) {
    throw new InvalidEventError(index, "id", "must be a UUID");
  }
  if (!isPlainObject(event.data)) throw new InvalidEventError(index, "data", "must be a JSON object");
  if (event.metadata !== undefined && !isPlainObject(event.metadata)) {
    throw new InvalidEventError(index, "metadata", "must be a JSON object");
  }
  for (const key of ["correlationId", "causationId"] as const) {
    const value = event.metadata?.[key];
    if (value !== undefined && typeof value !== "string")
      throw new InvalidEventError(index, `metadata.${key}`, "must be a string");
  }
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidEventError(index, "schemaVersion", "must be a positive integer");
  }
  return {
    id: (event.id ?? randomUUID()).toLowerCase(),
    type: event.type,
    schemaVersion,
    dataJson: toJson(event.data, index, "data"),
    metadataJson: toJson(event.metadata ?? {}, index, "metadata"),
    tags: validateTags(event.tags, index),
  };
}

export function preparedEventSize(event: PreparedEvent): number {
  return (
    Buffer.byteLength(event.dataJson) +
    Buffer.byteLength(event.metadataJson) +
    event.type.length +
    event.id.length +
    (event.tags ?? []).reduce((sum, tag) => sum + tag.length + 4, 0) +
    EVENT_OVERHEAD_BYTES
  );
}

/** Validates a whole append; throws a typed error naming the first problem. */
export function prepareAppend(streamId: string, events: readonly NewEvent[]): PreparedEvent[] {
  assertValidStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) throw new EmptyAppendError();
  if (events.length > MAX_EVENTS_PER_APPEND) throw new TooManyEventsError(events.length, MAX_EVENTS_PER_APPEND);
  const prepared = events.map(prepareEvent);
  let total = 0;
  prepared.forEach((event, index) => {
    const size = preparedEventSize(event);
    if (size > MAX_APPEND_BYTES) throw new EventTooLargeError(size, MAX_APPEND_BYTES, index);
    total += size;
  });
  if (total > MAX_APPEND_BYTES) throw new EventTooLargeError(total, MAX_APPEND_BYTES);
  // Each tag item holds a copy of its events: the append's DynamoDB transaction must stay under 4 MB.
  const copied = prepared.reduce((sum, event) => sum + preparedEventSize(event) * (event.tags?.length ?? 0), total);
  if (copied > MAX_TAGGED_APPEND_BYTES) throw new EventTooLargeError(copied, MAX_TAGGED_APPEND_BYTES);
  const distinctTags = new Set(prepared.flatMap((event) => event.tags ?? []));
  if (distinctTags.size > MAX_TAGS_PER_APPEND)
    throw new InvalidEventError(
      0,
      "tags",
      `hold ${distinctTags.size} distinct tags across the append; at most ${MAX_TAGS_PER_APPEND} are allowed`,
    );
  const ids = new Set(prepared.map((event) => event.id));
  if (ids.size !== prepared.length) throw new InvalidEventError(0, "id", "is repeated within the append");
  return prepared;
}

/** A stored commit as the idempotency check sees it. */
export interface StoredCommit {
  firstRevision: number;
  events: readonly PreparedEvent[];
}

/**
 * Content compares by the text the store keeps (type, version, data and metadata as JSON.stringify wrote them:
 * spacing and number forms are normalised, key order counts) and by the tags, in order. No hash: the texts are
 * already at hand.
 */
function sameContent(a: PreparedEvent, b: PreparedEvent): boolean {
  return (
    a.type === b.type &&
    a.schemaVersion === b.schemaVersion &&
    a.dataJson === b.dataJson &&
    a.metadataJson === b.metadataJson &&
    (a.tags ?? []).join(" ") === (b.tags ?? []).join(" ")
  );
}

function repeats(commit: StoredCommit, events: readonly PreparedEvent[]): boolean {
  return (
    commit.events.length === events.length &&
    commit.events.every((e, i) => e.id === events[i]!.id && sameContent(e, events[i]!))
  );
}

/**
 * The idempotency rule over the commits checked: the commit these events repeat exactly (a retry: answer it as
 * already stored), undefined when none of their ids is there, and DuplicateEventIdError for anything between.
 */
export function findRepeatedCommit<C extends StoredCommit>(
  streamId: string,
  commits: readonly C[],
  events: readonly PreparedEvent[],
): C | undefined {
  const wanted = new Map(events.map((event, index) => [event.id, index]));
  const found: { eventId: string; revision: number; index: number; differs: boolean }[] = [];
  const seen = new Set<number>();
  for (const commit of commits) {
    if (seen.has(commit.firstRevision)) continue;
    seen.add(commit.firstRevision);
    commit.events.forEach((stored, i) => {
      const index = wanted.get(stored.id);
      if (index !== undefined)
        found.push({
          eventId: stored.id,
          revision: commit.firstRevision + i,
          index,
          differs: !sameContent(stored, events[index]!),
        });
    });
  }
  if (found.length === 0) return undefined;
  const repeated = commits.find((commit) => repeats(commit, events));
  if (repeated) return repeated;
  found.sort((a, b) => a.index - b.index || a.revision - b.revision);
  const duplicates = found.map(({ eventId, revision }) => ({ eventId, revision }));
  throw new DuplicateEventIdError(
    streamId,
    duplicates,
    found.some((f) => f.differs),
  );
}

export function parseJsonObject(json: string): JsonObject {
  return JSON.parse(json) as JsonObject;
}

export function parseMetadata(json: string): EventMetadata {
  return JSON.parse(json) as EventMetadata;
}

export function clampCount(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`maxCount must be a positive integer, got ${value}`);
  return Math.min(value, max);
}

export function toRecordedEvent(
  event: PreparedEvent,
  streamId: string,
  revision: number,
  recordedAt: string,
  position: string,
): RecordedEvent {
  return {
    id: event.id,
    streamId,
    revision,
    type: event.type,
    data: parseJsonObject(event.dataJson),
    metadata: parseMetadata(event.metadataJson),
    schemaVersion: event.schemaVersion,
    recordedAt,
    position,
    ...(event.tags?.length ? { tags: [...event.tags] } : {}),
  };
}
