/**
 * An upgrade step for tables written before tags existed: events stored then carry no tags, so a read by tag
 * misses them, and a decision on those tags (a course's seats) would not count them. This writes, once per
 * table, the tag items those events would have had, from `tagsOf` (the domain decides which events carry which
 * tags). Events are never rewritten: each tag item holds its copy of the event, with the tag.
 *
 * Only a tag nobody has used yet is filled in: its items get versions 1, 2, ... in the order the events were
 * committed, each put only where its key is free, so a writer that starts using the tag meanwhile wins and the
 * rest of that tag is left out (and reported). A marker item records that the table was done.
 */
import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { commitEvents, type CommitItem } from "@/lib/event-store/dynamodb/items";
import { createTableQueries } from "@/lib/event-store/dynamodb/table-queries";
import { createTagQueries } from "@/lib/event-store/dynamodb/tag-queries";
import { tagToItem, type TagItem } from "@/lib/event-store/dynamodb/tag-items";
import type { RecordedEvent } from "@/lib/event-store/types";

/** No stream id starts with `$`: the marker can never be a stream's item. */
const MARKER = { pk: { S: "$upgrade#tags" }, sk: { N: "0" } };

export interface BackfillReport {
  /** false when the marker said the table was done already. */
  ran: boolean;
  tagsFilled: number;
  itemsWritten: number;
  /** Tags already in use (or taken while this ran), with how many of their older events were left out. */
  skipped: { tag: string; events: number }[];
}

export async function backfillTags(
  client: DynamoDBClient,
  tableName: string,
  tagsOf: (event: RecordedEvent) => string[],
): Promise<BackfillReport> {
  const marker = await client.send(new GetItemCommand({ TableName: tableName, Key: MARKER, ConsistentRead: true }));
  if (marker.Item) return { ran: false, tagsFilled: 0, itemsWritten: 0, skipped: [] };

  const byTag = new Map<string, TagItem[]>();
  for await (const commits of createTableQueries(client, tableName).scanCommits(1))
    for (const commit of commits) collectUntagged(commit, tagsOf, byTag);

  const tags = createTagQueries(client, tableName);
  const report: BackfillReport = { ran: true, tagsFilled: 0, itemsWritten: 0, skipped: [] };
  for (const [tag, items] of byTag) {
    items.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    const events = items.reduce((sum, item) => sum + item.events.length, 0);
    if ((await tags.tagVersion(tag)) > 0) {
      report.skipped.push({ tag, events });
      continue;
    }
    const written = await putInOrder(client, tableName, items);
    report.itemsWritten += written;
    if (written === items.length) report.tagsFilled += 1;
    else report.skipped.push({ tag, events: items.slice(written).reduce((sum, item) => sum + item.events.length, 0) });
  }
  await client.send(
    new PutItemCommand({
      TableName: tableName,
      Item: { ...MARKER, kind: { S: "upgrade" }, at: { S: new Date().toISOString() } },
    }),
  );
  return report;
}

/** One tag item per (tag, commit) for the commit's untagged events that `tagsOf` tags. */
function collectUntagged(
  commit: CommitItem,
  tagsOf: (event: RecordedEvent) => string[],
  byTag: Map<string, TagItem[]>,
): void {
  const recorded = commitEvents(commit);
  const perTag = new Map<string, TagItem["events"]>();
  commit.events.forEach((event, i) => {
    if (event.tags && event.tags.length > 0) return;
    for (const tag of tagsOf(recorded[i]!)) {
      const list = perTag.get(tag) ?? [];
      list.push({ revision: commit.firstRevision + i, event: { ...event, tags: [tag] } });
      perTag.set(tag, list);
    }
  });
  for (const [tag, events] of perTag) {
    const items = byTag.get(tag) ?? [];
    items.push({
      tag,
      version: 0, // numbered once the tag's items are in commit order
      streamId: commit.streamId,
      firstRevision: commit.firstRevision,
      recordedAt: commit.recordedAt,
      position: commit.feedKey,
      events,
    });
    byTag.set(tag, items);
  }
}

/** Puts the items as versions 1, 2, ...; stops at the first version already taken. Returns how many it wrote. */
async function putInOrder(client: DynamoDBClient, tableName: string, items: TagItem[]): Promise<number> {
  for (const [i, item] of items.entries()) {
    try {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: tagToItem({ ...item, version: i + 1 }),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return i;
      throw error;
    }
  }
  return items.length;
}
