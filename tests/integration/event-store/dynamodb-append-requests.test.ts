/**
 * What each append costs in DynamoDB requests (docs/event-store.md, "What an operation costs"): the idempotency
 * check must keep an exact append that the process knows the window of to ONE conditional PutItem.
 */
import { randomUUID } from "node:crypto";
import { DeleteTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import type { ExpectedRevision, NewEvent } from "@/lib/event-store/types";
import { IDEMPOTENCY_WINDOW_COMMITS } from "@/lib/event-store/validation";

const client = createDynamoClient(config().dynamo);
const tableName = `append-requests-${randomUUID().slice(0, 8)}`;
const withId = (n: number): NewEvent => ({ id: randomUUID(), type: "Counted", data: { n } });

/** A store whose every request is recorded by command name (PutItemCommand, QueryCommand, ...). */
function countingStore() {
  const sent: string[] = [];
  const counting = {
    send: (command: object) => (sent.push(command.constructor.name), client.send(command as never)),
  } as unknown as DynamoDBClient;
  const store = createDynamoEventStore({ client: counting, tableName });
  const requestsOf = async (streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision) => {
    sent.length = 0;
    const result = await store.appendToStream(streamId, events, { expectedRevision });
    return { result, requests: [...sent] };
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

describe("DynamoDB appends, counted in requests", () => {
  it("costs one PutItem per exact append while the process holds the window, past its length too", async () => {
    const { requestsOf } = countingStore();
    const streamId = `cost-${randomUUID()}`;
    expect((await requestsOf(streamId, [withId(0)], "no_stream")).requests).toEqual(["PutItemCommand"]);
    for (let revision = 1; revision <= IDEMPOTENCY_WINDOW_COMMITS + 5; revision += 1) {
      expect((await requestsOf(streamId, [withId(revision)], revision)).requests).toEqual(["PutItemCommand"]);
    }
  });

  it("reads the window once with one Query when the process does not hold it, then writes with one PutItem", async () => {
    const writer = countingStore();
    const streamId = `cost-${randomUUID()}`;
    await writer.store.appendToStream(streamId, [withId(0), withId(1)], { expectedRevision: "no_stream" });
    for (let revision = 2; revision < 30; revision += 1)
      await writer.store.appendToStream(streamId, [withId(revision)], { expectedRevision: revision });
    const other = countingStore();
    expect((await other.requestsOf(streamId, [withId(30)], 30)).requests).toEqual(["QueryCommand", "PutItemCommand"]);
    expect((await other.requestsOf(streamId, [withId(31)], 31)).requests).toEqual(["PutItemCommand"]);
    // The writer missed that commit: 31 is no end it knows, so it reads the window again.
    expect((await writer.requestsOf(streamId, [withId(32)], 32)).requests).toEqual(["QueryCommand", "PutItemCommand"]);
  });

  it("answers a retry found in memory with one Query and no write", async () => {
    const { requestsOf } = countingStore();
    const streamId = `cost-${randomUUID()}`;
    const batch = [withId(1)];
    await requestsOf(streamId, batch, "no_stream");
    await requestsOf(streamId, [withId(2)], 1);
    const retry = await requestsOf(streamId, batch, 2);
    expect(retry.result).toMatchObject({ firstRevision: 1, alreadyStored: true });
    expect(retry.requests).toEqual(["QueryCommand"]);
  });

  it("costs a head Query and a PutItem in any and stream_exists mode", async () => {
    const { requestsOf } = countingStore();
    const streamId = `cost-${randomUUID()}`;
    expect((await requestsOf(streamId, [withId(1)], "any")).requests).toEqual(["QueryCommand", "PutItemCommand"]);
    expect((await requestsOf(streamId, [withId(2)], "stream_exists")).requests).toEqual([
      "QueryCommand",
      "PutItemCommand",
    ]);
  });
});
