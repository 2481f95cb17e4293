/** The lab's passes in MySQL (lab_passes): recorded once per sandbox and exercise, read for a sandbox or a class. */
import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { labPasses } from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";

/** Records the first pass; a later one of the same exercise keeps the first time. */
export async function insertLabPass(readModel: ReadModel, sandbox: string, exerciseId: string): Promise<void> {
  await readModel.db
    .insert(labPasses)
    .values({ sandbox, exerciseId, passedAt: toSqlDateTime(new Date()) })
    .onDuplicateKeyUpdate({ set: { exerciseId } });
}

export async function labPassesOf(readModel: ReadModel, sandbox: string): Promise<string[]> {
  const rows = await readModel.db
    .select({ exerciseId: labPasses.exerciseId })
    .from(labPasses)
    .where(eq(labPasses.sandbox, sandbox));
  return rows.map((row) => row.exerciseId);
}

/** Each sandbox's passed exercises, for the class view. */
export async function labPassesBySandbox(
  readModel: ReadModel,
  sandboxes: readonly string[],
): Promise<Record<string, string[]>> {
  if (sandboxes.length === 0) return {};
  const rows = await readModel.db
    .select({ sandbox: labPasses.sandbox, exerciseId: labPasses.exerciseId })
    .from(labPasses)
    .where(inArray(labPasses.sandbox, [...sandboxes]));
  const passes: Record<string, string[]> = {};
  for (const row of rows) (passes[row.sandbox] ??= []).push(row.exerciseId);
  return passes;
}
