/**
 * Deletes every piece of demo data: the events table is deleted and created again (the only way to empty a
 * DynamoDB table at once), the app's store objects are dropped (they remember commits of the old table), and
 * the read model is emptied, projector bookkeeping included. The projector is paused first so that it does
 * not write rows of deleted events while the tables are emptied; emptying its control row resumes it.
 */
import "server-only";
import { deleteEventsTable, ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { readProjectorStatus, setProjectorControl } from "@/lib/read-model/projector-queries";
import { emptyReadModel } from "@/lib/read-model/reset";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";
import { appEventStore, resetEventStore } from "@/lib/server/event-store";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits up to `ms` for the projector to say it is paused (or to be absent: no heartbeat for 3 s). */
async function waitForPausedProjector(ms: number): Promise<void> {
  for (let waited = 0; waited < ms; waited += 100) {
    const status = await readProjectorStatus();
    const heartbeat = status ? Date.parse(fromSqlDateTime(status.heartbeatAt)) : 0;
    if (!status || status.state === "paused" || status.state === "stopped" || Date.now() - heartbeat > 3000) return;
    await sleep(100);
  }
}

export async function resetDemoData(): Promise<void> {
  await setProjectorControl({ paused: true });
  await waitForPausedProjector(5000);
  const { client, tableName } = appEventStore();
  await deleteEventsTable(client, tableName);
  await ensureEventsTable(client, tableName);
  resetEventStore();
  await emptyReadModel();
}
