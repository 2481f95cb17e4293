/**
 * A table made before scopes existed (no scope feed index, commit items without `scope`): ensureEventsTable
 * adds the index and marks the old commits, so a scope's feed holds its old events too, and nothing else changes.
 */
import { randomUUID } from "node:crypto";
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import { ensureEventsTable, eventsTableDefinition, SCOPE_FEED_INDEX } from "@/lib/event-store/dynamodb/events-table";
import { commitToItem, feedKeyOf } from "@/lib/event-store/dynamodb/items";
import { prepareAppend } from "@/lib/event-store/validation";

const client = createDynamoClient(config().dynamo);
const tableName = `scope-upgrade-${randomUUID().slice(0, 8)}`;

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  client.destroy();
});

/** The table as it was defined before: the same, minus the scope feed index and its attribute. */
async function createOldTable() {
  const definition = eventsTableDefinition(tableName);
  await client.send(
    new CreateTableCommand({
      ...definition,
      AttributeDefinitions: definition.AttributeDefinitions!.filter((a) => a.AttributeName !== "scope"),
      GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes!.filter((i) => i.IndexName !== SCOPE_FEED_INDEX),
    }),
  );
}

async function putOldCommit(streamId: string, n: number) {
  const recordedAt = new Date(Date.now() + n).toISOString();
  const { scope: _scope, ...item } = commitToItem({
    kind: "commit",
    streamId,
    firstRevision: 1,
    lastRevision: 1,
    recordedAt,
    feedKey: feedKeyOf(recordedAt, n, streamId, 1),
    events: prepareAppend(streamId, [{ type: "Counted", data: { n } }]),
  });
  await client.send(new PutItemCommand({ TableName: tableName, Item: item }));
}

describe("a table made before scopes", () => {
  it("gets the scope feed index, and its old commits appear in their scope's feed", async () => {
    await createOldTable();
    const mine = `s${randomUUID().slice(0, 8)}`;
    await putOldCommit(`${mine}:old-1`, 1);
    await putOldCommit(`other:old-2`, 2);
    await putOldCommit(`plain-3`, 3);

    expect(await ensureEventsTable(client, tableName)).toBe(false);

    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(["feed", SCOPE_FEED_INDEX]);
    const store = createDynamoEventStore({ client, tableName });
    expect((await store.readAll({ scope: mine })).events.map((e) => e.streamId)).toEqual([`${mine}:old-1`]);
    expect((await store.readAll({ scope: "-" })).events.map((e) => e.streamId)).toEqual(["plain-3"]);
    expect((await store.readAll()).events.map((e) => e.data.n)).toEqual([1, 2, 3]);
    // Calling it again finds the index and changes nothing.
    expect(await ensureEventsTable(client, tableName)).toBe(false);
  });
});
