/**
 * What step 8 shows: the rebuild it follows (?run=N), or else the latest one, as it stands now, and whether a
 * newer one has started since.
 */
import "server-only";
import type { ReadModel } from "@/lib/read-model/client";
import { rebuildRunById, type RebuildRunRow } from "@/lib/read-model/instructor-queries";
import { latestRebuildRun } from "@/lib/read-model/rebuild-tables";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";
import { runOutcome, type RunOutcome } from "@/lib/walkthrough/rebuild-progress";

export interface RebuildView {
  run: RebuildRunRow;
  outcome: RunOutcome;
  /** The id of a run started after this one. */
  newer: number | undefined;
}

export async function readRebuildView(
  readModel: ReadModel,
  followed: number | undefined,
): Promise<RebuildView | undefined> {
  const [asked, latest] = await Promise.all([
    followed !== undefined ? rebuildRunById(readModel, followed) : undefined,
    latestRebuildRun(readModel),
  ]);
  const run = asked ?? latest;
  if (!run) return undefined;
  return {
    run,
    outcome: runOutcome({ ...run, startedAt: fromSqlDateTime(run.startedAt) }, Date.now()),
    newer: latest && latest.id > run.id ? latest.id : undefined,
  };
}
