/**
 * The tag items of the events table: one per (tag, commit that carried the tag), written in the same
 * transaction as the commit item. Their partition `$tag#<tag>` can never be a stream id (those start with a
 * letter or a digit), and they carry no feed or scope attribute, so neither feed index holds them.
 *
 *   pk (S)       `$tag#<tag>`
 *   sk (N)       the tag's version: 1 for the first commit carrying it, then 2, 3, ... gapless. The greatest sk
 *                is the tag's head; `attribute_not_exists(pk)` on sk = V + 1 is the condition "still at V"
 *   kind (S)     "tag"
 *   stream (S), first (N), at (S), position (S)   the commit: stream, first revision, time, feed position
 *   events (L)   copies of the commit's events that carry the tag: as in a commit item, plus rev (N)
 */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { decodeEventEntry, eventEntry, type Item } from "@/lib/event-store/dynamodb/items";
import type { RecordedEvent } from "@/lib/event-store/types";
import { toRecordedEvent, type PreparedEvent } from "@/lib/event-store/validation";

export const TAG_PARTITION_PREFIX = "$tag#";

export const tagPartition = (tag: string) => `${TAG_PARTITION_PREFIX}${tag}`;

export interface TagItem {
  tag: string;
  version: number;
  streamId: string;
  firstRevision: number;
  recordedAt: string;
  position: string;
  events: { revision: number; event: PreparedEvent }[];
}

export function tagToItem(item: TagItem): Item {
  return {
    pk: { S: tagPartition(item.tag) },
    sk: { N: String(item.version) },
    kind: { S: "tag" },
    stream: { S: item.streamId },
    first: { N: String(item.firstRevision) },
    at: { S: item.recordedAt },
    position: { S: item.position },
    events: {
      L: item.events.map(({ revision, event }) => ({ M: { ...eventEntry(event), rev: { N: String(revision) } } })),
    },
  };
}

export function decodeTagItem(item: Record<string, AttributeValue>): TagItem | undefined {
  if (item.kind?.S !== "tag") return undefined;
  return {
    tag: (item.pk?.S ?? "").slice(TAG_PARTITION_PREFIX.length),
    version: Number(item.sk?.N),
    streamId: item.stream?.S ?? "",
    firstRevision: Number(item.first?.N),
    recordedAt: item.at?.S ?? "",
    position: item.position?.S ?? "",
    events: (item.events?.L ?? []).map(({ M = {} }) => ({
      revision: Number(M.rev?.N),
      event: decodeEventEntry(M),
    })),
  };
}

export function tagItemEvents(item: TagItem): RecordedEvent[] {
  return item.events.map(({ revision, event }) =>
    toRecordedEvent(event, item.streamId, revision, item.recordedAt, item.position),
  );
}
