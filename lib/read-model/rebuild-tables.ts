/**
 * SQL for rebuilds: shadow tables (<name>_next) filled beside the live ones, then swapped in with one atomic
 * RENAME TABLE, so the app serves the old read model, complete, until the new one is complete too.
 */
import "server-only";
import { createHash } from "node:crypto";
import { desc, eq, getTableColumns, getTableName, sql } from "drizzle-orm";
import type { MySqlTable } from "drizzle-orm/mysql-core";
import type { CollectedReadModel, ProjectedEventLog } from "@/lib/read-model/projection-port";
import { bulkInsert } from "@/lib/read-model/bulk-insert";
import type { ReadModel } from "@/lib/read-model/client";
import { shadowTables } from "@/lib/read-model/projection-tables";
import { projectedEventRows } from "@/lib/read-model/projection-transaction";
import {
  courseEnrolmentCounts,
  enrolments,
  REBUILT_TABLES,
  rebuildRuns,
  streamCheckpoints,
  students,
} from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";
import { enrolmentRows, studentRow } from "@/lib/read-model/student-rows";
import { sandboxOfStream } from "@/lib/domain/sandbox";

const BATCH_ROWS = 1000;

/**
 * Empty shadow tables shaped like the live ones, and no leftovers of a rebuild that stopped half-way (each
 * table on its own pooled connection: DDL waits on the disk).
 */
export async function prepareShadowTables(readModel: ReadModel): Promise<void> {
  const { db } = readModel;
  await Promise.all(
    REBUILT_TABLES.map(async (table) => {
      await db.execute(sql.raw(`DROP TABLE IF EXISTS \`${table}_next\`, \`${table}_old\``));
      await db.execute(sql.raw(`CREATE TABLE \`${table}_next\` LIKE \`${table}\``));
    }),
  );
}

/** Inserts in batches, a few batches at a time (on separate pooled connections). */
async function insertInBatches<T extends MySqlTable>(readModel: ReadModel, table: T, rows: T["$inferInsert"][]) {
  let next = 0;
  const worker = async () => {
    while (next < rows.length) await bulkInsert(readModel, table, rows.slice(next, (next += BATCH_ROWS)));
  };
  await Promise.all(Array.from({ length: 3 }, worker));
}

/**
 * Writes the shadow event log (one row per event, the rebuild's largest table) while the rebuild is still
 * reading: each event's row is final as soon as it is folded, so a batch goes out as soon as it is full, at
 * most two at a time. Until `ready` (the shadow tables exist) rows wait in memory, so reading never waits
 * for the DDL. `onEvents` reports events written.
 */
export function createShadowLogWriter(readModel: ReadModel, ready: Promise<void>, onEvents: (n: number) => void) {
  const pending: ProjectedEventLog[] = [];
  const inFlight = new Set<Promise<void>>();
  let created = false;
  let failure: unknown;
  void ready.then(
    () => (created = true),
    () => {},
  );
  const send = (entries: ProjectedEventLog[]) => {
    const write: Promise<void> = bulkInsert(
      readModel,
      shadowTables.projectedEvents,
      projectedEventRows(entries, new Date()),
    )
      .then(
        () => onEvents(entries.length),
        (error: unknown) => void (failure ??= error),
      )
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
  };
  return {
    async add(entries: readonly ProjectedEventLog[]): Promise<void> {
      pending.push(...entries);
      while (created && pending.length >= BATCH_ROWS) {
        if (inFlight.size >= 2) await Promise.race(inFlight);
        send(pending.splice(0, BATCH_ROWS));
      }
      if (failure) throw failure;
    },
    async finish(): Promise<void> {
      await ready;
      while (pending.length > 0) {
        if (inFlight.size >= 2) await Promise.race(inFlight);
        send(pending.splice(0, BATCH_ROWS));
      }
      await Promise.all(inFlight);
      if (failure) throw failure;
    },
  };
}

/** Writes the folded rows (students, enrolments, course counts, checkpoints) into the shadow tables, side by side. */
export async function writeShadowTables(readModel: ReadModel, model: CollectedReadModel): Promise<void> {
  const docs = [...model.students.values()];
  const now = toSqlDateTime(new Date());
  await Promise.all([
    insertInBatches(readModel, shadowTables.students, docs.map(studentRow)),
    insertInBatches(readModel, shadowTables.enrolments, docs.flatMap(enrolmentRows)),
    insertInBatches(
      readModel,
      shadowTables.courseEnrolmentCounts,
      [...model.courseCounts].flatMap(([sandbox, counts]) =>
        [...counts].map(([courseId, enrolled]) => ({ sandbox, courseId, enrolled })),
      ),
    ),
    insertInBatches(
      readModel,
      shadowTables.streamCheckpoints,
      [...model.checkpoints].map(([streamId, revision]) => ({
        sandbox: sandboxOfStream(streamId),
        streamId,
        revision,
        updatedAt: now,
      })),
    ),
  ]);
}

/** Streams the live projector has taken further than the shadow tables (events appended during the rebuild). */
export async function streamsBehindInShadow(
  readModel: ReadModel,
): Promise<{ streamId: string; from: number; to: number }[]> {
  const { db } = readModel;
  const [rows] = (await db.execute(
    sql`SELECT l.stream_id AS streamId, COALESCE(n.revision, 0) AS shadow, l.revision AS live
        FROM stream_checkpoints l LEFT JOIN stream_checkpoints_next n ON n.stream_id = l.stream_id
        WHERE l.revision > COALESCE(n.revision, 0)`,
  )) as unknown as [{ streamId: string; shadow: number; live: number }[]];
  return rows.map((r) => ({ streamId: r.streamId, from: Number(r.shadow) + 1, to: Number(r.live) }));
}

/** Swaps the shadow tables in, all at once (RENAME TABLE is atomic across tables); the old ones become <name>_old. */
export async function swapInShadowTables(readModel: ReadModel): Promise<void> {
  const { db } = readModel;
  const renames = REBUILT_TABLES.flatMap((t) => [`\`${t}\` TO \`${t}_old\``, `\`${t}_next\` TO \`${t}\``]).join(", ");
  await db.execute(sql.raw(`RENAME TABLE ${renames}`));
}

/** Drops the tables a swap replaced (each on its own pooled connection). */
export async function dropReplacedTables(readModel: ReadModel): Promise<void> {
  const { db } = readModel;
  await Promise.all(REBUILT_TABLES.map((table) => db.execute(sql.raw(`DROP TABLE IF EXISTS \`${table}_old\``))));
}

/** The columns the checksum covers: every column of the read model's tables but a checkpoint's write time. */
const CHECKSUMMED: [MySqlTable, string[]][] = [students, enrolments, courseEnrolmentCounts, streamCheckpoints].map(
  (table) => [
    table,
    Object.values(getTableColumns(table))
      .map((c) => c.name)
      .filter((name) => !(table === streamCheckpoints && name === "updated_at")),
  ],
);

/**
 * A fingerprint of the read model's rows (students, enrolments, course counts, checkpoints), for "same before
 * and after". The server computes it: per table, the row count and the sum of a 60-bit SHA-256 prefix of
 * each row (so row order does not matter and no rows cross the wire).
 */
const CHECKSUM_TIMEOUT_MS = 120_000;

export async function readModelChecksum(readModel: ReadModel): Promise<string> {
  const { pool } = readModel;
  const hash = createHash("sha256");
  for (const [table, columns] of CHECKSUMMED) {
    const row = columns.map((c) => `IFNULL(${pool.escapeId(c)}, CHAR(0))`).join(", ");
    const [[result]] = (await pool.query(
      {
        sql: `SELECT COUNT(*) AS n, COALESCE(SUM(CAST(CONV(LEFT(SHA2(CONCAT_WS(CHAR(31), ${row}), 256), 15), 16, 10) AS UNSIGNED)), 0) AS h FROM ??`,
        // A full pass over a table: the one statement allowed longer than the pool's 5-second timeout.
        timeout: CHECKSUM_TIMEOUT_MS,
      },
      [getTableName(table)],
    )) as unknown as [{ n: number; h: string }[]];
    hash.update(`${getTableName(table)}:${result!.n}:${result!.h}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

export type RebuildRun = typeof rebuildRuns.$inferSelect;

export async function startRebuildRun(readModel: ReadModel): Promise<number> {
  const { db } = readModel;
  const [result] = await db
    .insert(rebuildRuns)
    .values({ status: "running", phase: "reading", startedAt: toSqlDateTime(new Date()) });
  return result.insertId;
}

export async function updateRebuildRun(
  readModel: ReadModel,
  id: number,
  change: Partial<Omit<RebuildRun, "id">>,
): Promise<void> {
  const { db } = readModel;
  await db.update(rebuildRuns).set(change).where(eq(rebuildRuns.id, id));
}

export async function latestRebuildRun(readModel: ReadModel): Promise<RebuildRun | undefined> {
  const { db } = readModel;
  const [row] = await db.select().from(rebuildRuns).orderBy(desc(rebuildRuns.id)).limit(1);
  return row;
}
