/** DynamoDB Stream records (from the projector's reader or a Lambda event) as commits to project. */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { commitEvents, decodeItem } from "@/lib/event-store/dynamodb/items";
import { upcastEvent, type UpcasterRegistry } from "@/lib/event-store/upcasting";
import type { CommitToProject } from "./apply-commits";

/** The part of a stream record the projector reads; the SDK's and Lambda's record types both fit it. */
export interface CommitRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, unknown> };
}

/** Commits in the records, in record order. Closed markers, snapshots and deletions carry no events. */
export function commitsFromRecords(records: readonly CommitRecord[], upcasters: UpcasterRegistry): CommitToProject[] {
  const commits: CommitToProject[] = [];
  for (const record of records) {
    if (record.eventName !== "INSERT") continue;
    const item = decodeItem(record.dynamodb?.NewImage as Record<string, AttributeValue> | undefined);
    if (item?.kind !== "commit") continue;
    commits.push({ streamId: item.streamId, events: commitEvents(item).map((event) => upcastEvent(event, upcasters)) });
  }
  return commits;
}
