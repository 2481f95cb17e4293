/**
 * Appends per second at several concurrencies: (a) a raw conditional PutItem of the same item shape the store
 * writes, and (b) appendToStream of one event with an exact expected revision, both spread over many streams
 * so nothing contends. b/a shows what the store's guarantees cost over the cheapest possible write.
 */
import { randomUUID } from "node:crypto";
import { DeleteTableCommand, PutItemCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { commitToItem, feedKeyOf } from "@/lib/event-store/dynamodb/items";
import { prepareAppend } from "@/lib/event-store/validation";

const STREAMS = 2_000;
const sampleEvent = (n: number) => ({
  type: "StudentEnrolled",
  data: { studentId: `student-${n}`, courseId: "distributed-systems-101" },
  metadata: { correlationId: randomUUID(), causationId: randomUUID() },
});

/** Runs `operation(k)` for k = 0, 1, 2, ... from `concurrency` workers for `seconds`; returns operations per second. */
async function throughput(concurrency: number, seconds: number, operation: (k: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  let done = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await operation(next++);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

async function withTable<T>(client: DynamoDBClient, run: (tableName: string) => Promise<T>): Promise<T> {
  const tableName = `bench-${randomUUID().slice(0, 8)}`;
  await ensureEventsTable(client, tableName);
  try {
    return await run(tableName);
  } finally {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  }
}

function rawPut(client: DynamoDBClient, tableName: string) {
  return async (k: number) => {
    const streamId = `raw-${k % STREAMS}`;
    const revision = Math.floor(k / STREAMS) + 1;
    const at = new Date().toISOString();
    const item = commitToItem({
      kind: "commit", streamId, firstRevision: revision, lastRevision: revision, recordedAt: at,
      feedKey: feedKeyOf(at, 0, streamId, revision), events: prepareAppend(streamId, [sampleEvent(k)]),
    });
    await client.send(new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }));
  };
}

function storeAppend(client: DynamoDBClient, tableName: string) {
  const store = createDynamoEventStore({ client, tableName });
  return async (k: number) => {
    const streamId = `store-${k % STREAMS}`;
    const expectedRevision = Math.floor(k / STREAMS);
    await store.appendToStream(streamId, [sampleEvent(k)], { expectedRevision: expectedRevision === 0 ? "no_stream" : expectedRevision });
  };
}

export interface AppendThroughputRow {
  concurrency: number;
  rawPutPerSecond: number;
  appendPerSecond: number;
  ratio: number;
}

export async function measureAppendThroughput(
  client: DynamoDBClient,
  { concurrencies = [1, 8, 32], seconds = 6 }: { concurrencies?: number[]; seconds?: number } = {},
): Promise<AppendThroughputRow[]> {
  // Warm the JIT and DynamoDB Local's code paths before anything is timed.
  await withTable(client, async (t) => {
    await throughput(8, 2, rawPut(client, t));
    await throughput(8, 2, storeAppend(client, t));
  });
  const rows: AppendThroughputRow[] = [];
  for (const concurrency of concurrencies) {
    // Alternate the two, twice, each on a fresh table, and keep each one's better run: the machine's noise
    // then falls on both alike.
    const raw: number[] = [];
    const store: number[] = [];
    for (let round = 0; round < 2; round += 1) {
      raw.push(await withTable(client, (t) => throughput(concurrency, seconds, rawPut(client, t))));
      store.push(await withTable(client, (t) => throughput(concurrency, seconds, storeAppend(client, t))));
    }
    const rawPutPerSecond = Math.max(...raw);
    const appendPerSecond = Math.max(...store);
    rows.push({ concurrency, rawPutPerSecond, appendPerSecond, ratio: appendPerSecond / rawPutPerSecond });
  }
  return rows;
}
