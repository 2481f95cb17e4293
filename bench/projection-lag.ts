/**
 * Projection lag under a steady append load: the time from an append being acknowledged to its row being
 * visible to a MySQL reader, with the projector running as its own process (as `npm run projector` does).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { EventStore } from "@/lib/event-store/types";
import type { ReadModel } from "@/lib/read-model/client";
import { studentStreamId } from "@/lib/domain/student/stream-id";

export interface LagResult {
  ratePerSecond: number;
  appended: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Appends one event and waits until the projector (a separate process) has projected it: it is up and warm. */
async function waitForProjector(store: EventStore, { db }: ReadModel): Promise<void> {
  const studentId = randomUUID();
  const streamId = studentStreamId(studentId);
  await store.appendToStream(streamId, [
    {
      type: "StudentRegistered",
      schemaVersion: 2,
      data: { studentId, fullName: "Warm Up", email: "warm@example.org", dateOfBirth: "2000-01-01" },
    },
  ]);
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const [rows] = (await db.execute(
      sql`SELECT COUNT(*) AS n FROM projected_events WHERE stream_id = ${streamId}`,
    )) as unknown as [{ n: number }[]];
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the projector did not project a warm-up event within 2 minutes");
}

/** Appends one new student per tick at `ratePerSecond` for `seconds`; calls `onAcknowledged` as each is acknowledged. */
async function steadyAppends(
  store: EventStore,
  ratePerSecond: number,
  seconds: number,
  onAcknowledged: (streamId: string) => void,
): Promise<number> {
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  let sent = 0;
  const inFlight: Promise<void>[] = [];
  while (performance.now() - start < seconds * 1000) {
    const due = start + sent * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const studentId = randomUUID();
    const streamId = studentStreamId(studentId);
    sent += 1;
    inFlight.push(
      store
        .appendToStream(
          streamId,
          [
            {
              type: "StudentRegistered",
              schemaVersion: 2,
              data: { studentId, fullName: "Lag Probe", email: "lag@example.org", dateOfBirth: "2000-01-01" },
            },
          ],
          { expectedRevision: "no_stream" },
        )
        .then(() => onAcknowledged(streamId)),
    );
  }
  await Promise.all(inFlight);
  return sent;
}

/**
 * The same load is run twice: unmeasured first, while a fresh DynamoDB Local's JIT warms (appends take
 * seconds for the first ten or so), then measured once the projector has caught up.
 */
export async function measureProjectionLag(
  store: EventStore,
  readModel: ReadModel,
  { ratePerSecond, seconds, warmUpSeconds = 15 }: { ratePerSecond: number; seconds: number; warmUpSeconds?: number },
): Promise<LagResult> {
  await waitForProjector(store, readModel);
  await steadyAppends(store, ratePerSecond, warmUpSeconds, () => {});
  await waitForProjector(store, readModel);
  const { db } = readModel;
  const acknowledged = new Map<string, number>();
  const lags: number[] = [];
  let polling = true;
  const [[clock]] = (await db.execute(sql`SELECT DATE_FORMAT(NOW(3), '%Y-%m-%d %H:%i:%s.%f') AS now`)) as unknown as [
    { now: string }[],
  ];
  let since = clock!.now.slice(0, 23);
  // A reader that looks for newly projected events every 10 ms: "visible" is when it first sees the row.
  const poller = (async () => {
    while (polling || lags.length < acknowledged.size) {
      // Only rows projected since the last look (>=: rows of the same millisecond may commit a moment later).
      const [rows] = (await db.execute(
        sql`SELECT stream_id AS s, DATE_FORMAT(projected_at, '%Y-%m-%d %H:%i:%s.%f') AS p FROM projected_events WHERE projected_at >= ${since}`,
      )) as unknown as [{ s: string; p: string }[]];
      const now = performance.now();
      for (const { s, p } of rows) {
        if (p.slice(0, 23) > since) since = p.slice(0, 23);
        const at = acknowledged.get(s);
        if (at !== undefined) {
          lags.push(now - at);
          acknowledged.set(s, -1);
        }
      }
      for (const [s, at] of acknowledged) if (at === -1) acknowledged.delete(s);
      if (!polling && acknowledged.size === 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const sent = await steadyAppends(store, ratePerSecond, seconds, (streamId) =>
    acknowledged.set(streamId, performance.now()),
  );
  polling = false;
  await Promise.race([poller, new Promise((r) => setTimeout(r, 30_000))]);
  const sorted = [...lags].sort((a, b) => a - b);
  return {
    ratePerSecond,
    appended: sent,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}
