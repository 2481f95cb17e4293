/**
 * Step 2: a stream's items exactly as DynamoDB holds them (AttributeValue JSON). The events are read as stored
 * (no upcasting), regrouped into their commits (one append, one item, one position) and encoded with the
 * adapter's own `commitToItem`, which gives back byte for byte the item it wrote: data and metadata were
 * serialised with JSON.stringify on the way in and parse back to the same text.
 */
import "server-only";
import { commitToItem, snapshotToItem, type Item } from "@/lib/event-store/dynamodb/items";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";

export interface StreamItems {
  items: Item[];
  /** The stream's latest snapshot item, when it has one (step 7 takes them). */
  snapshot: Item | undefined;
  revision: number;
}

/** Consecutive events that share a position were written by one append, so they share one item. */
export function commitItems(events: readonly RecordedEvent[]): Item[] {
  const commits: RecordedEvent[][] = [];
  for (const event of events) {
    const current = commits.at(-1);
    if (current && current[0]!.position === event.position) current.push(event);
    else commits.push([event]);
  }
  return commits.map((commit) => {
    const first = commit[0]!;
    return commitToItem({
      kind: "commit",
      streamId: first.streamId,
      firstRevision: first.revision,
      lastRevision: commit.at(-1)!.revision,
      recordedAt: first.recordedAt,
      feedKey: first.position,
      events: commit.map((event) => ({
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion,
        dataJson: JSON.stringify(event.data),
        metadataJson: JSON.stringify(event.metadata),
        ...(event.tags ? { tags: event.tags } : {}),
      })),
    });
  });
}

/** undefined when the stream does not exist. */
export async function streamItems(store: EventStore, streamId: string): Promise<StreamItems | undefined> {
  const events = await readStreamEvents(store, streamId, { upcast: false });
  if (events.length === 0) return undefined;
  const snapshot = await store.loadLatestSnapshot(streamId);
  return {
    items: commitItems(events),
    snapshot: snapshot && snapshotToItem({ kind: "snapshot", ...snapshot }),
    revision: events.at(-1)?.revision ?? 0,
  };
}
