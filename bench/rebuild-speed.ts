/**
 * Rebuild speed: events per second for a whole read-model rebuild from DynamoDB, beside two references: a raw
 * strongly consistent parallel Scan of the same items (what reading alone costs), and a raw pipeline (the same
 * Scan, each page's items written to MySQL as rows in batched INSERTs: the least a rebuild has to do).
 */
import { ScanCommand, type DynamoDBClient, type ScanCommandOutput } from "@aws-sdk/client-dynamodb";
import type { ReadModel } from "@/lib/read-model/client";
import type { EventStore, NewEvent } from "@/lib/event-store/types";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { withCpuSeconds, type CpuSeconds } from "@/bench/cpu-meter";

export interface RebuildSpeed {
  events: number;
  streams: number;
  rawScanPerSecond: number;
  rawPipelinePerSecond: number;
  rebuildPerSecond: number;
  ratio: number;
  phases: { read: number; fold: number; write: number; swap: number };
  /** CPU seconds per process during each side's better run. */
  cpu: { rawScan: CpuSeconds; rawPipeline: CpuSeconds; rebuild: CpuSeconds };
}

const SEGMENTS = 4;

type ScanItems = NonNullable<ScanCommandOutput["Items"]>;

/** Items per second of the parallel Scan; each page is handed to `onPage` (awaited before the next request). */
async function rawScan(
  client: DynamoDBClient,
  tableName: string,
  onPage: (items: ScanItems) => Promise<void> = async () => {},
): Promise<number> {
  let items = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SEGMENTS }, async (_, segment) => {
      let startKey: Record<string, never> | undefined;
      do {
        const page = await client.send(
          new ScanCommand({
            TableName: tableName,
            Segment: segment,
            TotalSegments: SEGMENTS,
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        items += page.Items?.length ?? 0;
        await onPage(page.Items ?? []);
        startKey = page.LastEvaluatedKey as typeof startKey;
      } while (startKey);
    }),
  );
  return items / ((performance.now() - started) / 1000);
}

const PIPELINE_TABLE = "bench_raw_pipeline";

/** The same Scan, every item written as one row (its key and its attributes as JSON), 1,000 rows per INSERT. */
async function rawPipeline(client: DynamoDBClient, tableName: string, { pool }: ReadModel): Promise<number> {
  await pool.query(`DROP TABLE IF EXISTS ${PIPELINE_TABLE}`);
  await pool.query(
    `CREATE TABLE ${PIPELINE_TABLE} (pk VARCHAR(256) NOT NULL, sk BIGINT NOT NULL, item JSON NOT NULL, PRIMARY KEY (pk, sk))`,
  );
  try {
    return await rawScan(client, tableName, async (items) => {
      const rows = items.map((item) => [item.pk?.S ?? "", Number(item.sk?.N ?? 0), JSON.stringify(item)]);
      for (let i = 0; i < rows.length; i += 1000)
        await pool.query(`INSERT INTO ${PIPELINE_TABLE} (pk, sk, item) VALUES ?`, [rows.slice(i, i + 1000)]);
    });
  } finally {
    await pool.query(`DROP TABLE IF EXISTS ${PIPELINE_TABLE}`);
  }
}

/** Appends `events` one-event commits over `streams` student streams, 32 at a time. */
export async function seedStreams(
  store: EventStore,
  { events, streams }: { events: number; streams: number },
): Promise<void> {
  const perStream = Math.ceil(events / streams);
  const courses = [
    "distributed-systems-101",
    "event-sourcing-fundamentals",
    "web-development",
    "functional-programming",
  ];
  const work = Array.from({ length: streams }, (_, s) => async () => {
    const studentId = `bench-${s}`;
    const streamId = studentStreamId(studentId);
    for (let r = 1; r <= perStream; r += 1) {
      const event: NewEvent =
        r === 1
          ? {
              type: "StudentRegistered",
              schemaVersion: 2,
              data: {
                studentId,
                fullName: `Bench Student ${s}`,
                email: `bench${s}@example.org`,
                dateOfBirth: "2000-01-01",
              },
            }
          : {
              type: r % 2 === 0 ? "StudentEnrolled" : "StudentUnenrolled",
              data: { studentId, courseId: courses[Math.floor(r / 2) % courses.length]! },
            };
      await store.appendToStream(streamId, [event], { expectedRevision: r - 1 });
    }
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < work.length) await work[next++]!();
    }),
  );
}

/**
 * Fairness: DynamoDB Local keeps getting faster while its JIT warms, so both sides are warmed first and then
 * measured scan, rebuild, rebuild, scan: a drift in either direction falls on both alike. Each side keeps its
 * better run.
 */
export async function measureRebuildSpeed(
  client: DynamoDBClient,
  tableName: string,
  store: EventStore,
  readModel: ReadModel,
  servers: Record<string, number | undefined> = {},
): Promise<RebuildSpeed> {
  for (let round = 0; round < 3; round += 1) await rawScan(client, tableName);
  await rebuildReadModel(store, readModel);
  const scan = () => withCpuSeconds(servers, () => rawScan(client, tableName));
  const pipeline = () => withCpuSeconds(servers, () => rawPipeline(client, tableName, readModel));
  const rebuild = () => withCpuSeconds(servers, () => rebuildReadModel(store, readModel));
  const scans = [await scan()];
  const pipelines = [await pipeline()];
  const runs = [await rebuild(), await rebuild()];
  pipelines.push(await pipeline());
  scans.push(await scan());
  const bestScan = scans.reduce((a, b) => (a.result >= b.result ? a : b));
  const bestPipeline = pipelines.reduce((a, b) => (a.result >= b.result ? a : b));
  const best = runs.reduce((a, b) => (a.result.eventsPerSecond >= b.result.eventsPerSecond ? a : b));
  const rawScanPerSecond = bestScan.result;
  const rebuildPerSecond = best.result.events / best.result.seconds;
  return {
    events: best.result.events,
    streams: best.result.streams,
    rawScanPerSecond,
    rawPipelinePerSecond: bestPipeline.result,
    rebuildPerSecond,
    ratio: rebuildPerSecond / rawScanPerSecond,
    phases: best.result.phases,
    cpu: { rawScan: bestScan.cpu, rawPipeline: bestPipeline.cpu, rebuild: best.cpu },
  };
}
