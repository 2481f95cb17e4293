/**
 * The projector's writes, inside one MySQL transaction per batch: rows and checkpoints move together. Stream
 * checkpoints are locked (SELECT ... FOR UPDATE) so the asynchronous projector and the inline projection can
 * never apply the same revision twice.
 */
import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { sandboxOfStream } from "@/lib/domain/sandbox";
import { studentIdOfStream, studentStreamId } from "@/lib/domain/student/stream-id";
import type { StudentDocument } from "@/lib/domain/student/student-document";
import type { ProjectedEventLog, ProjectionTransaction } from "@/lib/read-model/projection-port";
import type { ReadModel, ReadModelDb } from "@/lib/read-model/client";
import { liveTables, type ProjectionTables } from "@/lib/read-model/projection-tables";
import { toSqlDateTime } from "@/lib/read-model/sql-time";
import { documentFromRows, enrolmentRows, studentRow } from "@/lib/read-model/student-rows";

type Tx = Parameters<Parameters<ReadModelDb["transaction"]>[0]>[0];

export function projectedEventRows(entries: readonly ProjectedEventLog[], projectedAt: Date) {
  const projectedAtSql = toSqlDateTime(projectedAt);
  return entries.map(({ event, status, reason, rows }) => ({
    sandbox: sandboxOfStream(event.streamId),
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.id,
    type: event.type,
    status,
    reason: reason?.slice(0, 255) ?? null,
    changedRows: rows,
    recordedAt: toSqlDateTime(event.recordedAt),
    projectedAt: projectedAtSql,
    lagMs: Math.max(0, projectedAt.getTime() - Date.parse(event.recordedAt)),
  }));
}

export function transactionOf(tx: Tx, tables: ProjectionTables = liveTables): ProjectionTransaction {
  const { students, enrolments, courseEnrolmentCounts, streamCheckpoints, projectedEvents } =
    tables as typeof liveTables;
  const now = () => toSqlDateTime(new Date());

  /** The enrolment rows and course counts that changed between two versions of a student. */
  async function saveEnrolments(before: StudentDocument | undefined, after: StudentDocument) {
    const had = new Set(before?.enrolments.map((e) => e.courseId));
    const has = new Set(after.enrolments.map((e) => e.courseId));
    const removed = [...had].filter((c) => !has.has(c));
    const added = enrolmentRows(after).filter((e) => !had.has(e.courseId));
    const inSandbox = eq(courseEnrolmentCounts.sandbox, after.sandbox);
    if (removed.length > 0) {
      await tx
        .delete(enrolments)
        .where(
          and(
            eq(enrolments.sandbox, after.sandbox),
            eq(enrolments.studentId, after.studentId),
            inArray(enrolments.courseId, removed),
          ),
        );
      await tx
        .update(courseEnrolmentCounts)
        .set({ enrolled: sql`${courseEnrolmentCounts.enrolled} - 1` })
        .where(and(inSandbox, inArray(courseEnrolmentCounts.courseId, removed)));
      // A course has a row while someone is enrolled: rows then depend on the state only, never on how the
      // events were batched, so a rebuild produces exactly the same rows.
      await tx
        .delete(courseEnrolmentCounts)
        .where(
          and(inSandbox, inArray(courseEnrolmentCounts.courseId, removed), lte(courseEnrolmentCounts.enrolled, 0)),
        );
    }
    if (added.length > 0) {
      await tx.insert(enrolments).values(added);
      await tx
        .insert(courseEnrolmentCounts)
        .values(added.map((e) => ({ sandbox: after.sandbox, courseId: e.courseId, enrolled: 1 })))
        .onDuplicateKeyUpdate({ set: { enrolled: sql`${courseEnrolmentCounts.enrolled} + 1` } });
    }
  }

  return {
    async checkpoints(streamIds) {
      if (streamIds.length === 0) return new Map();
      await tx
        .insert(streamCheckpoints)
        .ignore()
        .values(
          streamIds.map((streamId) => ({
            sandbox: sandboxOfStream(streamId),
            streamId,
            revision: 0,
            updatedAt: now(),
          })),
        );
      const rows = await tx
        .select()
        .from(streamCheckpoints)
        .where(inArray(streamCheckpoints.streamId, [...streamIds]))
        .for("update");
      return new Map(rows.map((row) => [row.streamId, row.revision]));
    },

    async loadStudents(streamIds) {
      const keys = streamIds.flatMap((streamId) => {
        const studentId = studentIdOfStream(streamId);
        return studentId === undefined ? [] : [sql`(${sandboxOfStream(streamId)}, ${studentId})`];
      });
      if (keys.length === 0) return new Map();
      const anyOf = sql.join(keys, sql`, `);
      const [rows, courses] = await Promise.all([
        tx
          .select()
          .from(students)
          .where(sql`(${students.sandbox}, ${students.id}) IN (${anyOf})`),
        tx
          .select()
          .from(enrolments)
          .where(sql`(${enrolments.sandbox}, ${enrolments.studentId}) IN (${anyOf})`),
      ]);
      return new Map(
        rows.map((row) => [
          studentStreamId(row.id, row.sandbox),
          documentFromRows(
            row,
            courses.filter((c) => c.sandbox === row.sandbox && c.studentId === row.id),
          ),
        ]),
      );
    },

    async saveStudents(changes) {
      if (changes.length === 0) return;
      const rows = changes.map(([, after]) => studentRow(after));
      await tx
        .insert(students)
        .values(rows)
        .onDuplicateKeyUpdate({
          set: Object.fromEntries(
            (["fullName", "email", "dateOfBirth", "enrolmentCount", "revision", "createdAt", "updatedAt"] as const).map(
              (key) => [key, sql.raw(`VALUES(\`${students[key].name}\`)`)],
            ),
          ),
        });
      for (const [before, after] of changes) await saveEnrolments(before, after);
    },

    async setCheckpoints(checkpoints) {
      if (checkpoints.size === 0) return;
      const at = now();
      await tx
        .insert(streamCheckpoints)
        .values(
          [...checkpoints].map(([streamId, revision]) => ({
            sandbox: sandboxOfStream(streamId),
            streamId,
            revision,
            updatedAt: at,
          })),
        )
        .onDuplicateKeyUpdate({
          set: { revision: sql.raw("VALUES(`revision`)"), updatedAt: sql.raw("VALUES(`updated_at`)") },
        });
    },

    async logEvents(entries) {
      if (entries.length === 0) return;
      await tx.insert(projectedEvents).ignore().values(projectedEventRows(entries, new Date()));
    },
  };
}

/** Runs `work` in one read-model transaction; all of it commits or none. */
export async function inProjectionTransaction<Result>(
  readModel: ReadModel,
  work: (tx: ProjectionTransaction) => Promise<Result>,
  tables: ProjectionTables = liveTables,
): Promise<Result> {
  const { db } = readModel;
  return db.transaction((tx) => work(transactionOf(tx, tables)));
}
