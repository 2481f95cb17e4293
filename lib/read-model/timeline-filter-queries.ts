/**
 * The timeline's filters over every event the projector has handled (projected_events), whatever the browser
 * has loaded: which streams there are, how many events of each type match, and the matching events' keys,
 * newest first, a page at a time. The events themselves are then read from the event store.
 */
import "server-only";
import { and, count, countDistinct, desc, eq, gte, inArray, lte, max, sql, type SQL } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { projectedEvents } from "@/lib/read-model/schema";
import { fromSqlDateTime, toSqlDateTime } from "@/lib/read-model/sql-time";
import { toProjectionInfo, type ProjectionInfo } from "@/lib/read-model/timeline-queries";

export interface EventFilter {
  streamId?: string;
  /** Empty or absent: every type. */
  types?: readonly string[];
  minRevision?: number;
  maxRevision?: number;
  /** ISO 8601: only events recorded at or after it. */
  since?: string;
}

/** Where a page of matches ended: the last key in newest-first order. */
export interface MatchCursor {
  recordedAt: string;
  streamId: string;
  revision: number;
}

function conditions(sandbox: string, filter: EventFilter, withTypes: boolean): SQL | undefined {
  const { streamId, types = [], minRevision, maxRevision, since } = filter;
  return and(
    eq(projectedEvents.sandbox, sandbox),
    streamId !== undefined ? eq(projectedEvents.streamId, streamId) : undefined,
    withTypes && types.length > 0 ? inArray(projectedEvents.type, [...types]) : undefined,
    minRevision !== undefined ? gte(projectedEvents.revision, minRevision) : undefined,
    maxRevision !== undefined ? lte(projectedEvents.revision, maxRevision) : undefined,
    since !== undefined ? gte(projectedEvents.recordedAt, toSqlDateTime(since)) : undefined,
  );
}

/** Events per type among those passing every filter but the type filter: what ticking each type would show. */
export async function countMatchingByType(
  readModel: ReadModel,
  sandbox: string,
  filter: EventFilter,
): Promise<{ type: string; count: number }[]> {
  const { db } = readModel;
  const rows = await db
    .select({ type: projectedEvents.type, count: count() })
    .from(projectedEvents)
    .where(conditions(sandbox, filter, false))
    .groupBy(projectedEvents.type)
    .orderBy(projectedEvents.type);
  return rows;
}

export interface StreamSummary {
  streamId: string;
  events: number;
  lastRecordedAt: string;
}

/** Streams with events, most recently active first, at most `limit`; `total` counts them all. */
export async function streamSummaries(
  readModel: ReadModel,
  sandbox: string,
  limit = 500,
): Promise<{ streams: StreamSummary[]; total: number }> {
  const { db } = readModel;
  const last = max(projectedEvents.recordedAt);
  const [rows, [totals]] = await Promise.all([
    db
      .select({ streamId: projectedEvents.streamId, events: count(), lastRecordedAt: last })
      .from(projectedEvents)
      .where(eq(projectedEvents.sandbox, sandbox))
      .groupBy(projectedEvents.streamId)
      .orderBy(desc(last), projectedEvents.streamId)
      .limit(limit),
    db
      .select({ total: countDistinct(projectedEvents.streamId) })
      .from(projectedEvents)
      .where(eq(projectedEvents.sandbox, sandbox)),
  ]);
  return {
    streams: rows.map((row) => ({
      streamId: row.streamId,
      events: row.events,
      lastRecordedAt: fromSqlDateTime(row.lastRecordedAt ?? ""),
    })),
    total: totals?.total ?? 0,
  };
}

/** The newest `limit` matching events' projection rows after `before` (newest first, as the timeline sorts). */
export async function matchingEvents(
  readModel: ReadModel,
  sandbox: string,
  filter: EventFilter,
  before: MatchCursor | undefined,
  limit = 50,
): Promise<{ rows: ProjectionInfo[]; next: MatchCursor | undefined }> {
  const { db } = readModel;
  const after = before
    ? sql`(${projectedEvents.recordedAt}, ${projectedEvents.streamId}, ${projectedEvents.revision}) < (${toSqlDateTime(before.recordedAt)}, ${before.streamId}, ${before.revision})`
    : undefined;
  const rows = await db
    .select()
    .from(projectedEvents)
    .where(and(conditions(sandbox, filter, true), after))
    .orderBy(desc(projectedEvents.recordedAt), desc(projectedEvents.streamId), desc(projectedEvents.revision))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next =
    rows.length > limit && last
      ? { recordedAt: fromSqlDateTime(last.recordedAt), streamId: last.streamId, revision: last.revision }
      : undefined;
  return { rows: page.map(toProjectionInfo), next };
}
