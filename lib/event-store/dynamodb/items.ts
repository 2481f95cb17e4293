/**
 * The events table's items, and their conversion to and from DynamoDB's attribute format. The same functions
 * read DynamoDB Streams records (NewImage), so the projector and a Lambda handler decode exactly what the
 * store wrote.
 *
 *   pk (S)       the stream id
 *   sk (N)       commit: its first revision (1, 2, 5, ...); closed marker: last revision + 1;
 *                snapshot: minus the revision it was taken at
 *   kind (S)     "commit" | "closed" | "snapshot"
 *   last (N)     commit and closed marker: the stream's last revision once the item is stored
 *   at (S)       server time of the write, ISO 8601
 *   events (L)   commit: [{ id, type, v (schema version), data (JSON text), meta (JSON text), tags (L of S, only
 *                when the event has tags) }]
 *   feed, feedKey (S)   commit only: the all-events feed index ("all", time-ordered key)
 *   scope (S)    commit only: the stream's scope (lib/event-store/scope.ts), the scope feed index's partition
 *
 * Tag items (kind "tag", pk `$tag#<tag>`) live in the same table: lib/event-store/dynamodb/tag-items.ts. This
 * module's decodeItem does not know them (undefined), so every reader of commits skips them.
 */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { PreparedEvent } from "@/lib/event-store/validation";
import { toRecordedEvent } from "@/lib/event-store/validation";
import { scopeOfStream } from "@/lib/event-store/scope";
import type { JsonValue, RecordedEvent } from "@/lib/event-store/types";

export type Item = Record<string, AttributeValue>;

export const FEED_PARTITION = "all";

const str = (item: Item, name: string) => item[name]?.S ?? "";
const num = (item: Item, name: string) => Number(item[name]?.N ?? "NaN");

export interface CommitItem {
  kind: "commit";
  streamId: string;
  firstRevision: number;
  lastRevision: number;
  recordedAt: string;
  feedKey: string;
  events: PreparedEvent[];
}

export interface ClosedItem {
  kind: "closed";
  streamId: string;
  lastRevision: number;
  closedAt: string;
  lastEventAt: string;
}

export interface SnapshotItem {
  kind: "snapshot";
  streamId: string;
  revision: number;
  state: JsonValue;
  schemaVersion: number;
  takenAt: string;
}

export type StoredItem = CommitItem | ClosedItem | SnapshotItem;

/** Feed keys sort by time, then by a per-process tick for commits in the same millisecond. */
export function feedKeyOf(recordedAt: string, tick: number, streamId: string, firstRevision: number): string {
  return `${recordedAt}#${String(tick).padStart(4, "0")}#${streamId}#${String(firstRevision).padStart(10, "0")}`;
}

export function commitToItem(commit: CommitItem): Item {
  return {
    pk: { S: commit.streamId },
    sk: { N: String(commit.firstRevision) },
    kind: { S: "commit" },
    last: { N: String(commit.lastRevision) },
    at: { S: commit.recordedAt },
    feed: { S: FEED_PARTITION },
    feedKey: { S: commit.feedKey },
    scope: { S: scopeOfStream(commit.streamId) },
    events: { L: commit.events.map((event) => ({ M: eventEntry(event) })) },
  };
}

/** One event as a commit (or tag) item holds it. */
export function eventEntry(event: PreparedEvent): Item {
  return {
    id: { S: event.id },
    type: { S: event.type },
    v: { N: String(event.schemaVersion) },
    data: { S: event.dataJson },
    meta: { S: event.metadataJson },
    ...(event.tags?.length ? { tags: { L: event.tags.map((tag) => ({ S: tag })) } } : {}),
  };
}

export function decodeEventEntry(entry: Item): PreparedEvent {
  return {
    id: str(entry, "id"),
    type: str(entry, "type"),
    schemaVersion: num(entry, "v"),
    dataJson: str(entry, "data"),
    metadataJson: str(entry, "meta"),
    tags: (entry.tags?.L ?? []).map((tag) => tag.S ?? ""),
  };
}

export function closedToItem(closed: ClosedItem): Item {
  return {
    pk: { S: closed.streamId },
    sk: { N: String(closed.lastRevision + 1) },
    kind: { S: "closed" },
    last: { N: String(closed.lastRevision) },
    at: { S: closed.closedAt },
    lastEventAt: { S: closed.lastEventAt },
  };
}

export function snapshotToItem(snapshot: SnapshotItem): Item {
  return {
    pk: { S: snapshot.streamId },
    sk: { N: String(-snapshot.revision) },
    kind: { S: "snapshot" },
    state: { S: JSON.stringify(snapshot.state) },
    v: { N: String(snapshot.schemaVersion) },
    at: { S: snapshot.takenAt },
  };
}

/** Decodes any item of the table (or a stream record's NewImage); undefined for something it does not know. */
export function decodeItem(item: Item | undefined): StoredItem | undefined {
  if (!item) return undefined;
  const streamId = str(item, "pk");
  switch (item.kind?.S) {
    case "commit":
      return {
        kind: "commit",
        streamId,
        firstRevision: num(item, "sk"),
        lastRevision: num(item, "last"),
        recordedAt: str(item, "at"),
        feedKey: str(item, "feedKey"),
        events: (item.events?.L ?? []).map(({ M = {} }) => decodeEventEntry(M)),
      };
    case "closed":
      return {
        kind: "closed",
        streamId,
        lastRevision: num(item, "last"),
        closedAt: str(item, "at"),
        lastEventAt: str(item, "lastEventAt"),
      };
    case "snapshot":
      return {
        kind: "snapshot",
        streamId,
        revision: -num(item, "sk"),
        state: JSON.parse(str(item, "state")) as JsonValue,
        schemaVersion: num(item, "v"),
        takenAt: str(item, "at"),
      };
    default:
      return undefined;
  }
}

export function commitEvents(commit: CommitItem): RecordedEvent[] {
  return commit.events.map((event, i) =>
    toRecordedEvent(event, commit.streamId, commit.firstRevision + i, commit.recordedAt, commit.feedKey),
  );
}
