/** Empties the read model and the projector's bookkeeping (demo reset and tests). Migrations stay. */
import "server-only";
import { sql } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { REBUILT_TABLES } from "@/lib/read-model/schema";

const PROJECTOR_TABLES = [
  "projector_shards",
  "projector_control",
  "projector_status",
  "projector_failures",
  "rebuild_runs",
  // The last-seat races describe events in the store a reset deletes.
  "seat_race_attempts",
  "seat_races",
] as const;

export async function emptyReadModel(readModel: ReadModel): Promise<void> {
  const { db } = readModel;
  for (const table of [...REBUILT_TABLES, ...PROJECTOR_TABLES])
    await db.execute(sql.raw(`TRUNCATE TABLE \`${table}\``));
}
