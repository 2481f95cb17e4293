/** DynamoDB Stream records (from the projector's reader or a Lambda event) as commits to project. */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { commitEvents, decodeItem } from "@/lib/event-store/dynamodb/items";
import { upcastEvent, type UpcasterRegistry } from "@/lib/event-store/upcasting";
import type { CommitToProject } from "@/lib/projector/apply-commits";

/** The part of a stream record the projector reads; the SDK's and Lambda's record types both fit it. */
export interface CommitRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, unknown> };
}

/**
 * Commits in the records, in record order. Closed markers, snapshots and deletions carry no events. A record
 * that cannot be decoded at all (not an item this store writes) is reported and left out: its events, if it
 * had any, reach the projector through the gap check of the stream's next commit, one at a time.
 */
export function commitsFromRecords(
  records: readonly CommitRecord[],
  upcasters: UpcasterRegistry,
  report: (problem: string) => void = console.error,
): CommitToProject[] {
  const commits: CommitToProject[] = [];
  for (const record of records) {
    if (record.eventName !== "INSERT") continue;
    try {
      const item = decodeItem(record.dynamodb?.NewImage as Record<string, AttributeValue> | undefined);
      if (item?.kind !== "commit") continue;
      commits.push({
        streamId: item.streamId,
        events: commitEvents(item).map((event) => upcastEvent(event, upcasters)),
      });
    } catch (error) {
      report(
        `projector: a stream record could not be decoded and was left out: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return commits;
}
