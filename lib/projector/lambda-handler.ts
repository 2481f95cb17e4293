/**
 * The same per-record logic as an AWS Lambda handler for a DynamoDB Streams trigger on the events table
 * (batch size up to 1000, "report batch item failures" off: a thrown error makes Lambda retry the batch, and
 * the per-stream checkpoints make the retry harmless). Deploying: docs/projector.md.
 */
import "server-only";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { appUpcasters, eventStore } from "@/lib/server/event-store";
import { applyCommits } from "@/lib/projector/apply-commits";
import { commitsFromRecords, type CommitRecord } from "@/lib/projector/stream-records";

export async function handler(event: { Records: CommitRecord[] }): Promise<{ applied: number; skipped: number }> {
  const commits = commitsFromRecords(event.Records, appUpcasters);
  const result = await inProjectionTransaction((tx) => applyCommits(tx, eventStore(), commits));
  return { applied: result.applied, skipped: result.skipped };
}
