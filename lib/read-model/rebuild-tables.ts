/**
 * SQL for rebuilds: shadow tables (<name>_next) filled beside the live ones, then swapped in with one atomic
 * RENAME TABLE, so the app serves the old read model, complete, until the new one is complete too.
 */
import "server-only";
import { createHash } from "node:crypto";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { MySqlTable } from "drizzle-orm/mysql-core";
import type { CollectedReadModel } from "@/lib/projector/collecting-transaction";
import { getReadModel } from "@/lib/read-model/client";
import { shadowTables } from "@/lib/read-model/projection-tables";
import { projectedEventRows } from "@/lib/read-model/projection-transaction";
import { courseEnrolmentCounts, enrolments, REBUILT_TABLES, rebuildRuns, streamCheckpoints, students } from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";
import { enrolmentRows, studentRow } from "@/lib/read-model/student-rows";

const BATCH_ROWS = 2000;

export async function prepareShadowTables(): Promise<void> {
  const { db } = getReadModel();
  for (const table of REBUILT_TABLES) {
    await db.execute(sql.raw(`DROP TABLE IF EXISTS \`${table}_next\``));
    await db.execute(sql.raw(`CREATE TABLE \`${table}_next\` LIKE \`${table}\``));
  }
}

/** Inserts in batches, a few batches at a time (on separate pooled connections): the write is the rebuild's slowest phase. */
async function insertInBatches<T extends MySqlTable>(table: T, rows: T["$inferInsert"][], onRows?: (n: number) => void) {
  const { db } = getReadModel();
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const batch = rows.slice(next, (next += BATCH_ROWS));
      await db.insert(table).values(batch);
      onRows?.(batch.length);
    }
  };
  await Promise.all(Array.from({ length: 3 }, worker));
}

/** Writes a folded read model into the shadow tables; `onEvents` reports progress in events written. */
export async function writeShadowTables(model: CollectedReadModel, onEvents: (n: number) => void): Promise<void> {
  const docs = [...model.students.values()];
  const now = toSqlDateTime(new Date());
  // Five tables, five connections of the pool: written side by side.
  await Promise.all([
    insertInBatches(shadowTables.students, docs.map(studentRow)),
    insertInBatches(shadowTables.enrolments, docs.flatMap(enrolmentRows)),
    insertInBatches(shadowTables.courseEnrolmentCounts, [...model.courseCounts].map(([courseId, enrolled]) => ({ courseId, enrolled }))),
    insertInBatches(shadowTables.streamCheckpoints, [...model.checkpoints].map(([streamId, revision]) => ({ streamId, revision, updatedAt: now }))),
    insertInBatches(shadowTables.projectedEvents, projectedEventRows(model.log, new Date()), onEvents),
  ]);
}

/** Streams the live projector has taken further than the shadow tables (events appended during the rebuild). */
export async function streamsBehindInShadow(): Promise<{ streamId: string; from: number; to: number }[]> {
  const { db } = getReadModel();
  const [rows] = (await db.execute(
    sql`SELECT l.stream_id AS streamId, COALESCE(n.revision, 0) AS shadow, l.revision AS live
        FROM stream_checkpoints l LEFT JOIN stream_checkpoints_next n ON n.stream_id = l.stream_id
        WHERE l.revision > COALESCE(n.revision, 0)`,
  )) as unknown as [{ streamId: string; shadow: number; live: number }[]];
  return rows.map((r) => ({ streamId: r.streamId, from: Number(r.shadow) + 1, to: Number(r.live) }));
}

/** Swaps the shadow tables in, all at once (RENAME TABLE is atomic across tables), and drops the old ones. */
export async function swapInShadowTables(): Promise<void> {
  const { db } = getReadModel();
  const renames = REBUILT_TABLES.flatMap((t) => [`\`${t}\` TO \`${t}_old\``, `\`${t}_next\` TO \`${t}\``]).join(", ");
  await db.execute(sql.raw(`RENAME TABLE ${renames}`));
  for (const table of REBUILT_TABLES) await db.execute(sql.raw(`DROP TABLE IF EXISTS \`${table}_old\``));
}

/** A fingerprint of the read model's rows (students, enrolments, course counts, checkpoints), for "same before and after". */
export async function readModelChecksum(): Promise<string> {
  const { db } = getReadModel();
  const hash = createHash("sha256");
  const feed = (rows: object[]) => rows.forEach((row) => hash.update(JSON.stringify(Object.values(row))).update("\n"));
  feed(await db.select().from(students).orderBy(asc(students.id)));
  feed(await db.select().from(enrolments).orderBy(asc(enrolments.studentId), asc(enrolments.courseId)));
  feed(await db.select().from(courseEnrolmentCounts).orderBy(asc(courseEnrolmentCounts.courseId)));
  feed((await db.select({ s: streamCheckpoints.streamId, r: streamCheckpoints.revision }).from(streamCheckpoints).orderBy(asc(streamCheckpoints.streamId))));
  return hash.digest("hex").slice(0, 16);
}

export type RebuildRun = typeof rebuildRuns.$inferSelect;

export async function startRebuildRun(checksumBefore: string): Promise<number> {
  const { db } = getReadModel();
  const [result] = await db.insert(rebuildRuns).values({ status: "running", phase: "reading", checksumBefore, startedAt: toSqlDateTime(new Date()) });
  return result.insertId;
}

export async function updateRebuildRun(id: number, change: Partial<Omit<RebuildRun, "id">>): Promise<void> {
  const { db } = getReadModel();
  await db.update(rebuildRuns).set(change).where(eq(rebuildRuns.id, id));
}

export async function latestRebuildRun(): Promise<RebuildRun | undefined> {
  const { db } = getReadModel();
  const [row] = await db.select().from(rebuildRuns).orderBy(desc(rebuildRuns.id)).limit(1);
  return row;
}

