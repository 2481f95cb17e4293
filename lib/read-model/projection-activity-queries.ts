/**
 * The activity chart's reads from the MySQL read model: per-second projection activity, and the event the
 * projector handled last.
 */
import "server-only";
import { and, count, desc, eq, gte, max, sql } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { projectedEvents } from "@/lib/read-model/schema";
import { fromSqlDateTime, toSqlDateTime } from "@/lib/read-model/sql-time";

/** One second of appends that the projector has handled: how many, and how long they waited. */
export interface ActivityBucket {
  /** ISO 8601 of the second's start. */
  second: string;
  count: number;
  maxLagMs: number;
  avgLagMs: number;
}

/**
 * Per-second buckets, by append time, of the events projected since `since`. Bucketed as text in SQL so the
 * session's time zone never shifts them. projected_at >= since lets the projected_at index do the narrowing.
 */
export async function projectionActivity(
  readModel: ReadModel,
  sandbox: string,
  since: Date,
): Promise<ActivityBucket[]> {
  const { db } = readModel;
  const from = toSqlDateTime(since);
  const second = sql<string>`DATE_FORMAT(${projectedEvents.recordedAt}, '%Y-%m-%d %H:%i:%s')`;
  const rows = await db
    .select({
      second,
      count: count(),
      maxLagMs: max(projectedEvents.lagMs),
      avgLagMs: sql<string | number | null>`AVG(${projectedEvents.lagMs})`,
    })
    .from(projectedEvents)
    .where(
      and(
        eq(projectedEvents.sandbox, sandbox),
        gte(projectedEvents.projectedAt, from),
        gte(projectedEvents.recordedAt, from),
      ),
    )
    .groupBy(second)
    .orderBy(second);
  return rows.map((row) => ({
    second: fromSqlDateTime(`${row.second}.000`),
    count: row.count,
    maxLagMs: row.maxLagMs ?? 0,
    avgLagMs: Math.round(Number(row.avgLagMs ?? 0)),
  }));
}

/** The event the projector handled last: where the read model stands. */
export async function newestProjection(
  readModel: ReadModel,
  sandbox: string,
): Promise<{ eventId: string; recordedAt: string; projectedAt: string } | undefined> {
  const { db } = readModel;
  const [row] = await db
    .select({
      eventId: projectedEvents.eventId,
      recordedAt: projectedEvents.recordedAt,
      projectedAt: projectedEvents.projectedAt,
    })
    .from(projectedEvents)
    .where(eq(projectedEvents.sandbox, sandbox))
    .orderBy(desc(projectedEvents.projectedAt), desc(projectedEvents.recordedAt))
    .limit(1);
  return row
    ? {
        eventId: row.eventId,
        recordedAt: fromSqlDateTime(row.recordedAt),
        projectedAt: fromSqlDateTime(row.projectedAt),
      }
    : undefined;
}
