/**
 * Tags in the DynamoDB table: what a tagged or conditional append costs in requests, and that the tag items
 * stay out of everything that reads commits (the feeds, listStreams, readEverything's Scan).
 */
import { randomUUID } from "node:crypto";
import { DeleteTableCommand, QueryCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { decodeItem } from "@/lib/event-store/dynamodb/items";
import { tagPartition } from "@/lib/event-store/dynamodb/tag-items";
import type { AppendOptions, NewEvent } from "@/lib/event-store/types";

const client = createDynamoClient(config().dynamo);
const tableName = `tags-${randomUUID().slice(0, 8)}`;
const counted = (n: number, tags?: string[]): NewEvent => ({ id: randomUUID(), type: "Counted", data: { n }, tags });
const newTag = (name: string) => `${name}:${randomUUID().slice(0, 8)}`;

function countingStore() {
  const sent: string[] = [];
  const counting = {
    send: (command: object) => (sent.push(command.constructor.name), client.send(command as never)),
  } as unknown as DynamoDBClient;
  const store = createDynamoEventStore({ client: counting, tableName });
  const requestsOf = async (streamId: string, events: NewEvent[], options: AppendOptions) => {
    sent.length = 0;
    await store.appendToStream(streamId, events, options);
    return [...sent];
  };
  return { store, requestsOf };
}

beforeAll(async () => {
  await ensureEventsTable(client, tableName);
});

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  client.destroy();
});

describe("tags on DynamoDB", () => {
  it("keeps an untagged append at one PutItem, and writes a tagged one in one transaction", async () => {
    const { store, requestsOf } = countingStore();
    const streamId = `cost-${randomUUID()}`;
    expect(await requestsOf(streamId, [counted(1)], { expectedRevision: "no_stream" })).toEqual(["PutItemCommand"]);
    const course = newTag("course");
    // Unconditional: one consistent Query per tag for its head, then the transaction.
    expect(await requestsOf(streamId, [counted(2, [course])], { expectedRevision: 1 })).toEqual([
      "QueryCommand",
      "TransactWriteItemsCommand",
    ]);
    const query = { tags: [course] };
    const { position } = await store.readByTags(query, { consistent: true });
    // Conditional on every tag it carries: the position gives the versions, so the transaction alone.
    expect(
      await requestsOf(streamId, [counted(3, [course])], {
        expectedRevision: 2,
        condition: { query, after: position },
      }),
    ).toEqual(["TransactWriteItemsCommand"]);
    // Conditional but untagged: still a transaction (a ConditionCheck on the tag beside the commit's Put).
    const { position: now } = await store.readByTags(query, { consistent: true });
    expect(await requestsOf(streamId, [counted(4)], { expectedRevision: 3, condition: { query, after: now } })).toEqual(
      ["TransactWriteItemsCommand"],
    );
  });

  it("stores one item per tag and commit, keyed by the tag's version, that no commit reader takes for a commit", async () => {
    const store = createDynamoEventStore({ client, tableName });
    const scope = `s${randomUUID().slice(0, 8)}`;
    const streamId = `${scope}:student-${randomUUID()}`;
    const course = newTag("course");
    await store.appendToStream(streamId, [counted(1, [course]), counted(2, [course, "student:42"])]);
    await store.appendToStream(streamId, [counted(3, [course])]);
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: tagPartition(course) } },
        ConsistentRead: true,
      }),
    );
    expect(Items.map((item) => [item.sk?.N, item.kind?.S, item.events?.L?.length])).toEqual([
      ["1", "tag", 2],
      ["2", "tag", 1],
    ]);
    for (const item of Items) {
      expect(decodeItem(item)).toBeUndefined();
      expect(item.feed ?? item.feedKey ?? item.scope).toBeUndefined();
    }

    const everything: string[] = [];
    for await (const page of store.readEverything()) everything.push(...page.map((e) => e.streamId));
    expect(everything.filter((id) => id.startsWith("$"))).toEqual([]);
    expect(everything.filter((id) => id === streamId)).toHaveLength(3);
    const feed = await store.readAll({ maxCount: 1000 });
    expect(feed.events.filter((e) => e.streamId.startsWith("$"))).toEqual([]);
    const listed = await store.listStreams({ scope });
    expect(listed.streams.map((s) => s.streamId)).toEqual([streamId]);
    expect((await store.readStream(streamId)).events.map((e) => e.tags ?? [])).toEqual([
      [course],
      [course, "student:42"],
      [course],
    ]);
  });
});
