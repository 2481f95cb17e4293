/**
 * Appends per second at several concurrencies: (a) a raw conditional PutItem of the same item shape the store
 * writes, and (b) appendToStream of one event with an exact expected revision, both spread over many streams
 * so nothing contends. b/a shows what the store's guarantees cost over the cheapest possible write.
 *
 * Fairness: DynamoDB Local keeps speeding up for tens of seconds as its JIT warms, and slows down for good
 * each time a table with a stream is created and deleted, so every run shares ONE events table (each run
 * writes its own streams), the warm-up lasts until the rate settles, and each concurrency runs a, b, b, a so a
 * drift in either direction falls on both sides alike.
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
async function throughput(
  concurrency: number,
  seconds: number,
  operation: (k: number) => Promise<unknown>,
): Promise<number> {
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

function rawPut(client: DynamoDBClient, tableName: string, run: string) {
  return async (k: number) => {
    const streamId = `raw-${run}-${k % STREAMS}`;
    const revision = Math.floor(k / STREAMS) + 1;
    const at = new Date().toISOString();
    const item = commitToItem({
      kind: "commit",
      streamId,
      firstRevision: revision,
      lastRevision: revision,
      recordedAt: at,
      feedKey: feedKeyOf(at, 0, streamId, revision),
      events: prepareAppend(streamId, [sampleEvent(k)]),
    });
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
    );
  };
}

function storeAppend(client: DynamoDBClient, tableName: string, run: string) {
  const store = createDynamoEventStore({ client, tableName });
  return async (k: number) => {
    const streamId = `store-${run}-${k % STREAMS}`;
    const expectedRevision = Math.floor(k / STREAMS);
    await store.appendToStream(streamId, [sampleEvent(k)], {
      expectedRevision: expectedRevision === 0 ? "no_stream" : expectedRevision,
    });
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
  return withTable(client, async (tableName) => {
    let runs = 0;
    const measure = (side: "raw" | "store", concurrency: number, secs: number) => {
      const run = String((runs += 1));
      return throughput(
        concurrency,
        secs,
        side === "raw" ? rawPut(client, tableName, run) : storeAppend(client, tableName, run),
      );
    };
    for (let round = 0; round < 4; round += 1) {
      await measure("raw", 8, 3);
      await measure("store", 8, 3);
    }
    const rows: AppendThroughputRow[] = [];
    for (const concurrency of concurrencies) {
      const raw = [await measure("raw", concurrency, seconds)];
      const store = [await measure("store", concurrency, seconds)];
      store.push(await measure("store", concurrency, seconds));
      raw.push(await measure("raw", concurrency, seconds));
      const rawPutPerSecond = Math.max(...raw);
      const appendPerSecond = Math.max(...store);
      rows.push({ concurrency, rawPutPerSecond, appendPerSecond, ratio: appendPerSecond / rawPutPerSecond });
    }
    return rows;
  });
}
