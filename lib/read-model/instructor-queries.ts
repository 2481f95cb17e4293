/** What the walkthrough and the instructor panel read from the MySQL read model. */
import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { sandboxOfStream } from "@/lib/domain/sandbox";
import type { ReadModel } from "@/lib/read-model/client";
import { enrolments, projectedEvents, rebuildRuns, streamCheckpoints, students } from "@/lib/read-model/schema";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";

export interface ProjectedEventRow {
  revision: number;
  type: string;
  status: string;
  lagMs: number;
  /** ISO 8601. */
  projectedAt: string;
}

export interface StudentProjection {
  row: { fullName: string; email: string; revision: number; updatedAt: string } | undefined;
  /** The last revision of the stream the projector applied (or skipped); undefined before the first. */
  checkpoint: number | undefined;
  /** Newest first. */
  recent: ProjectedEventRow[];
}

export async function studentProjection(
  readModel: ReadModel,
  studentId: string,
  streamId: string,
  recentLimit = 6,
): Promise<StudentProjection> {
  const { db } = readModel;
  const [[row], [checkpoint], recent] = await Promise.all([
    db
      .select({
        fullName: students.fullName,
        email: students.email,
        revision: students.revision,
        updatedAt: students.updatedAt,
      })
      .from(students)
      .where(and(eq(students.sandbox, sandboxOfStream(streamId)), eq(students.id, studentId))),
    db
      .select({ revision: streamCheckpoints.revision })
      .from(streamCheckpoints)
      .where(eq(streamCheckpoints.streamId, streamId)),
    db
      .select({
        revision: projectedEvents.revision,
        type: projectedEvents.type,
        status: projectedEvents.status,
        lagMs: projectedEvents.lagMs,
        projectedAt: projectedEvents.projectedAt,
      })
      .from(projectedEvents)
      .where(eq(projectedEvents.streamId, streamId))
      .orderBy(desc(projectedEvents.revision))
      .limit(recentLimit),
  ]);
  return {
    row: row && { ...row, updatedAt: fromSqlDateTime(row.updatedAt) },
    checkpoint: checkpoint?.revision,
    recent: recent.map((r) => ({ ...r, projectedAt: fromSqlDateTime(r.projectedAt) })),
  };
}

/** Students most recently changed in the read model, for the walkthrough's student picker. */
export async function recentlyChangedStudents(
  readModel: ReadModel,
  sandbox: string,
  limit = 8,
): Promise<{ studentId: string; fullName: string; revision: number }[]> {
  const { db } = readModel;
  return db
    .select({ studentId: students.id, fullName: students.fullName, revision: students.revision })
    .from(students)
    .where(eq(students.sandbox, sandbox))
    .orderBy(desc(students.updatedAt), desc(students.id))
    .limit(limit);
}

export interface ReadModelSize {
  students: number;
  enrolments: number;
  projectedEvents: number;
}

export async function readModelSize(readModel: ReadModel): Promise<ReadModelSize> {
  const { db } = readModel;
  const [[s], [e], [p]] = await Promise.all([
    db.select({ n: count() }).from(students),
    db.select({ n: count() }).from(enrolments),
    db.select({ n: count() }).from(projectedEvents),
  ]);
  return { students: s?.n ?? 0, enrolments: e?.n ?? 0, projectedEvents: p?.n ?? 0 };
}

export type RebuildRunRow = typeof rebuildRuns.$inferSelect;

export async function rebuildRunById(readModel: ReadModel, id: number): Promise<RebuildRunRow | undefined> {
  const { db } = readModel;
  const [row] = await db.select().from(rebuildRuns).where(eq(rebuildRuns.id, id));
  return row;
}
