/**
 * Rebuild speed: events per second for a whole read-model rebuild from DynamoDB, against a raw strongly
 * consistent parallel Scan of the same items (what reading alone costs).
 */
import { ScanCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { EventStore, NewEvent } from "@/lib/event-store/types";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { studentStreamId } from "@/lib/students/student-stream";

export interface RebuildSpeed {
  events: number;
  streams: number;
  rawScanPerSecond: number;
  rebuildPerSecond: number;
  ratio: number;
  phases: { read: number; fold: number; write: number; swap: number };
}

const SEGMENTS = 4;

async function rawScan(client: DynamoDBClient, tableName: string): Promise<number> {
  let items = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SEGMENTS }, async (_, segment) => {
      let startKey: Record<string, never> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: tableName, Segment: segment, TotalSegments: SEGMENTS, ConsistentRead: true, ExclusiveStartKey: startKey }));
        items += page.Items?.length ?? 0;
        startKey = page.LastEvaluatedKey as typeof startKey;
      } while (startKey);
    }),
  );
  return items / ((performance.now() - started) / 1000);
}

/** Appends `events` one-event commits over `streams` student streams, 32 at a time. */
export async function seedStreams(store: EventStore, { events, streams }: { events: number; streams: number }): Promise<void> {
  const perStream = Math.ceil(events / streams);
  const courses = ["distributed-systems-101", "event-sourcing-fundamentals", "web-development", "functional-programming"];
  const work = Array.from({ length: streams }, (_, s) => async () => {
    const studentId = `bench-${s}`;
    const streamId = studentStreamId(studentId);
    for (let r = 1; r <= perStream; r += 1) {
      const event: NewEvent =
        r === 1
          ? { type: "StudentRegistered", schemaVersion: 2, data: { studentId, fullName: `Bench Student ${s}`, email: `bench${s}@example.org`, dateOfBirth: "2000-01-01" } }
          : { type: r % 2 === 0 ? "StudentEnrolled" : "StudentUnenrolled", data: { studentId, courseId: courses[Math.floor(r / 2) % courses.length]! } };
      await store.appendToStream(streamId, [event], { expectedRevision: r - 1 });
    }
  });
  let next = 0;
  await Promise.all(Array.from({ length: 32 }, async () => {
    while (next < work.length) await work[next++]!();
  }));
}

/**
 * Fairness: DynamoDB Local keeps getting faster while its JIT warms, so both sides are warmed first and then
 * measured scan, rebuild, rebuild, scan: a drift in either direction falls on both alike. Each side keeps its
 * better run.
 */
export async function measureRebuildSpeed(client: DynamoDBClient, tableName: string, store: EventStore): Promise<RebuildSpeed> {
  for (let round = 0; round < 3; round += 1) await rawScan(client, tableName);
  await rebuildReadModel(store);
  const scans = [await rawScan(client, tableName)];
  const runs = [await rebuildReadModel(store), await rebuildReadModel(store)];
  scans.push(await rawScan(client, tableName));
  const rawScanPerSecond = Math.max(...scans);
  const best = runs.reduce((a, b) => (a.eventsPerSecond >= b.eventsPerSecond ? a : b));
  const rebuildPerSecond = best.events / best.seconds;
  return { events: best.events, streams: best.streams, rawScanPerSecond, rebuildPerSecond, ratio: rebuildPerSecond / rawScanPerSecond, phases: best.phases };
}
