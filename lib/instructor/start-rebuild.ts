/**
 * Starts a read-model rebuild in the background and answers as soon as its run is recorded, so the page can
 * follow it (rebuild_runs) with a progress bar instead of waiting for it. `keepAlive` hands the running
 * rebuild to the framework (Next's `after`) so the server does not drop it when the response is sent.
 */
import "server-only";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { latestRebuildRun } from "@/lib/read-model/rebuild-tables";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";
import type { EventStore } from "@/lib/event-store/types";
import type { ReadModel } from "@/lib/read-model/client";
import { STALE_RUN_MS } from "@/lib/walkthrough/rebuild-progress";

export type StartRebuildResult = { started: true; runId: number } | { started: false; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startRebuild(
  stores: { store: EventStore; readModel: ReadModel },
  keepAlive: (task: () => Promise<void>) => void,
): Promise<StartRebuildResult> {
  const latest = await latestRebuildRun(stores.readModel);
  if (latest?.status === "running" && Date.now() - Date.parse(fromSqlDateTime(latest.startedAt)) < STALE_RUN_MS) {
    return { started: false, message: `Rebuild ${latest.id} is still running; wait for it to finish.` };
  }
  const previousId = latest?.id ?? 0;
  let failed = false;
  const running = rebuildReadModel(stores.store, stores.readModel).then(
    () => undefined,
    async (error: unknown) => {
      console.error("rebuild failed", error);
      failed = true;
    },
  );
  keepAlive(() => running);
  // A rebuild that fails at once has still recorded its run: the page shows it, with the reason.
  for (let waited = 0; waited < 10_000; waited += 50) {
    const run = await latestRebuildRun(stores.readModel);
    if (run && run.id > previousId) return { started: true, runId: run.id };
    if (failed) break;
    await sleep(50);
  }
  return {
    started: false,
    message: "The rebuild could not start; check that MySQL and DynamoDB are up (the home page shows both).",
  };
}
