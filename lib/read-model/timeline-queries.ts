/**
 * What the timeline reads from the MySQL read model: whether events have been projected (and with what lag),
 * which events built a row, and the recently changed students (the activity chart's reads are in
 * projection-activity-queries.ts, the filters' in timeline-filter-queries.ts).
 */
import "server-only";
import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { enrolments, projectedEvents, streamCheckpoints, students } from "@/lib/read-model/schema";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";
import { studentStreamId } from "@/lib/domain/student/stream-id";

export type ProjectionStatus = "applied" | "skipped" | "failed";

/** An event as the projector handled it (a row of projected_events). */
export interface ProjectionInfo {
  eventId: string;
  streamId: string;
  revision: number;
  status: ProjectionStatus;
  reason: string | null;
  changedRows: string[];
  lagMs: number;
  /** ISO 8601. */
  projectedAt: string;
}

/** MariaDB keeps JSON as text, MySQL 8 as JSON: accept both. */
function rowList(value: unknown): string[] {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
}

const asStatus = (value: string): ProjectionStatus => (value === "skipped" || value === "failed" ? value : "applied");

export function toProjectionInfo(row: typeof projectedEvents.$inferSelect): ProjectionInfo {
  return {
    eventId: row.eventId,
    streamId: row.streamId,
    revision: row.revision,
    status: asStatus(row.status),
    reason: row.reason,
    changedRows: rowList(row.changedRows),
    lagMs: row.lagMs,
    projectedAt: fromSqlDateTime(row.projectedAt),
  };
}

/** The projector's record of each given event; events it has not handled yet are simply absent. */
export async function projectionsOf(
  readModel: ReadModel,
  sandbox: string,
  eventIds: readonly string[],
): Promise<ProjectionInfo[]> {
  if (eventIds.length === 0) return [];
  const { db } = readModel;
  const rows = await db
    .select()
    .from(projectedEvents)
    .where(and(eq(projectedEvents.sandbox, sandbox), inArray(projectedEvents.eventId, [...eventIds])));
  return rows.map(toProjectionInfo);
}

/** Student id → full name, for the students the read model knows. */
export async function studentNames(
  readModel: ReadModel,
  sandbox: string,
  studentIds: readonly string[],
): Promise<Record<string, string>> {
  if (studentIds.length === 0) return {};
  const { db } = readModel;
  const rows = await db
    .select({ id: students.id, fullName: students.fullName })
    .from(students)
    .where(and(eq(students.sandbox, sandbox), inArray(students.id, [...studentIds])));
  return Object.fromEntries(rows.map((row) => [row.id, row.fullName]));
}

/** An applied event that changed a row, newest first. */
export interface RowEvent {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  recordedAt: string;
  lagMs: number;
}

/**
 * The applied events that built a row: for a student row every applied event of its stream; for an enrolment or
 * a course count the events whose changed_rows name it. Course rows scan projected_events (no JSON index), which
 * is fine at teaching scale; an enrolment row is narrowed to its student's stream by the primary key first.
 */
export async function eventsBuildingRow(
  readModel: ReadModel,
  sandbox: string,
  row: string,
  limit = 100,
): Promise<RowEvent[]> {
  const { db } = readModel;
  const student = /^students\/([^/]+)$/.exec(row);
  const enrolment = /^enrolments\/([^/]+)\/[^/]+$/.exec(row);
  const applied = and(eq(projectedEvents.sandbox, sandbox), eq(projectedEvents.status, "applied"));
  const contains = sql`JSON_CONTAINS(${projectedEvents.changedRows}, JSON_QUOTE(${row}))`;
  const where = student
    ? and(eq(projectedEvents.streamId, studentStreamId(student[1]!, sandbox)), applied)
    : enrolment
      ? and(eq(projectedEvents.streamId, studentStreamId(enrolment[1]!, sandbox)), applied, contains)
      : and(applied, contains);
  const rows = await db
    .select({
      eventId: projectedEvents.eventId,
      streamId: projectedEvents.streamId,
      revision: projectedEvents.revision,
      type: projectedEvents.type,
      recordedAt: projectedEvents.recordedAt,
      lagMs: projectedEvents.lagMs,
    })
    .from(projectedEvents)
    .where(where)
    .orderBy(desc(projectedEvents.recordedAt), desc(projectedEvents.revision))
    .limit(Math.min(Math.max(1, limit), 500));
  return rows.map((r) => ({ ...r, recordedAt: fromSqlDateTime(r.recordedAt) }));
}

export interface OverviewStudent {
  studentId: string;
  fullName: string;
  enrolmentCount: number;
  revision: number;
  updatedAt: string;
  courseIds: string[];
}

export interface RecentStudentsPage {
  rows: OverviewStudent[];
  /** A student asked for by `include` that is not on this page (the selected event's student). */
  pinned: OverviewStudent | undefined;
  total: number;
  page: number;
  pageSize: number;
}

/** Students most recently changed first (what the projector just touched is on top), with their courses. */
export async function recentStudents(
  readModel: ReadModel,
  sandbox: string,
  { page = 1, pageSize = 8, include }: { page?: number; pageSize?: number; include?: string } = {},
): Promise<RecentStudentsPage> {
  const { db } = readModel;
  const size = Math.min(Math.max(1, Math.floor(pageSize)), 50);
  const current = Math.max(1, Math.floor(page));
  const columns = {
    studentId: students.id,
    fullName: students.fullName,
    enrolmentCount: students.enrolmentCount,
    revision: students.revision,
    updatedAt: students.updatedAt,
  };
  const [rows, [totals]] = await Promise.all([
    db
      .select(columns)
      .from(students)
      .where(eq(students.sandbox, sandbox))
      .orderBy(desc(students.updatedAt), asc(students.id))
      .limit(size)
      .offset((current - 1) * size),
    db.select({ total: count() }).from(students).where(eq(students.sandbox, sandbox)),
  ]);
  const pinnedRows =
    include && !rows.some((r) => r.studentId === include)
      ? await db
          .select(columns)
          .from(students)
          .where(and(eq(students.sandbox, sandbox), eq(students.id, include)))
      : [];
  const all = [...rows, ...pinnedRows];
  const courses = all.length
    ? await db
        .select({ studentId: enrolments.studentId, courseId: enrolments.courseId })
        .from(enrolments)
        .where(
          and(
            eq(enrolments.sandbox, sandbox),
            inArray(
              enrolments.studentId,
              all.map((r) => r.studentId),
            ),
          ),
        )
        .orderBy(asc(enrolments.revision))
    : [];
  const withCourses = (row: (typeof all)[number]): OverviewStudent => ({
    ...row,
    updatedAt: fromSqlDateTime(row.updatedAt),
    courseIds: courses.filter((c) => c.studentId === row.studentId).map((c) => c.courseId),
  });
  return {
    rows: rows.map(withCourses),
    pinned: pinnedRows[0] ? withCourses(pinnedRows[0]) : undefined,
    total: totals?.total ?? 0,
    page: current,
    pageSize: size,
  };
}

export interface CheckpointSummary {
  streams: number;
  /** The sum of every stream's checkpoint revision: events applied or skipped, in effect. */
  revisions: number;
  lastUpdatedAt: string | undefined;
}

export async function checkpointSummary(readModel: ReadModel, sandbox: string): Promise<CheckpointSummary> {
  const { db } = readModel;
  const [row] = await db
    .select({
      streams: count(),
      revisions: sql<string | number | null>`SUM(${streamCheckpoints.revision})`,
      lastUpdatedAt: max(streamCheckpoints.updatedAt),
    })
    .from(streamCheckpoints)
    .where(eq(streamCheckpoints.sandbox, sandbox));
  return {
    streams: row?.streams ?? 0,
    revisions: Number(row?.revisions ?? 0),
    lastUpdatedAt: row?.lastUpdatedAt ? fromSqlDateTime(row.lastUpdatedAt) : undefined,
  };
}
