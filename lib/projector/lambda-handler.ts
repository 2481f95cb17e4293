/**
 * The same per-record logic as an AWS Lambda handler for a DynamoDB Streams trigger on the events table
 * (batch size up to 1000, "report batch item failures" off: a thrown error makes Lambda retry the batch, and
 * the per-stream checkpoints make the retry harmless). Deploying: docs/projector.md.
 */
import "server-only";
import type { EventStore } from "@/lib/event-store/types";
import type { UpcasterRegistry } from "@/lib/event-store/upcasting";
import type { ReadModel } from "@/lib/read-model/client";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { applyCommits } from "@/lib/projector/apply-commits";
import { commitsFromRecords, type CommitRecord } from "@/lib/projector/stream-records";

export type LambdaHandler = (event: { Records: CommitRecord[] }) => Promise<{ applied: number; skipped: number }>;

export function createLambdaHandler(deps: {
  store: EventStore;
  readModel: ReadModel;
  upcasters: UpcasterRegistry;
}): LambdaHandler {
  return async (event) => {
    const commits = commitsFromRecords(event.Records, deps.upcasters);
    const result = await inProjectionTransaction(deps.readModel, (tx) => applyCommits(tx, deps.store, commits));
    return { applied: result.applied, skipped: result.skipped };
  };
}
