/**
 * Deletes every piece of demo data: the events table is deleted and created again (the only way to empty a
 * DynamoDB table at once), the caller renews the app's store objects (they remember commits of the old table), and
 * the read model is emptied, projector bookkeeping included. The projector is paused first so that it does
 * not write rows of deleted events while the tables are emptied; emptying its control row resumes it.
 */
import "server-only";
import { deleteEventsTable, ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { readProjectorStatus, setProjectorControl } from "@/lib/read-model/projector-queries";
import { emptyReadModel } from "@/lib/read-model/reset";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ReadModel } from "@/lib/read-model/client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits up to `ms` for the projector to say it is paused (or to be absent: no heartbeat for 3 s). */
async function waitForPausedProjector(readModel: ReadModel, ms: number): Promise<void> {
  for (let waited = 0; waited < ms; waited += 100) {
    const status = await readProjectorStatus(readModel);
    const heartbeat = status ? Date.parse(fromSqlDateTime(status.heartbeatAt)) : 0;
    if (!status || status.state === "paused" || status.state === "stopped" || Date.now() - heartbeat > 3000) return;
    await sleep(100);
  }
}

export async function resetDemoData(stores: {
  dynamo: DynamoDBClient;
  tableName: string;
  readModel: ReadModel;
}): Promise<void> {
  const { dynamo, tableName, readModel } = stores;
  await setProjectorControl(readModel, { paused: true });
  await waitForPausedProjector(readModel, 5000);
  await deleteEventsTable(dynamo, tableName);
  await ensureEventsTable(dynamo, tableName);
  await emptyReadModel(readModel);
}
