/**
 * Step 7: the same student loaded twice with the event store's real `loadAggregate`, once from the start and
 * once from its latest snapshot, each timed on the server with performance.now().
 */
import "server-only";
import { loadAggregate, type LoadedAggregate, type SnapshotPolicy } from "@/lib/event-store/aggregate";
import { snapshotToItem, type Item } from "@/lib/event-store/dynamodb/items";
import type { EventStore, Snapshot } from "@/lib/event-store/types";
import type { StudentState } from "@/lib/domain/student/state";
import { eventStore } from "@/lib/server/event-store";
import { studentAggregate } from "@/lib/students/student-aggregate";

/** The walkthrough's snapshots: the shape of StudentState, version 1. `every` is what handleCommand would use. */
export const WALKTHROUGH_SNAPSHOTS: SnapshotPolicy = { every: 100, schemaVersion: 1 };

export interface TimedLoad {
  eventsFolded: number;
  revision: number;
  snapshotRevision: number | undefined;
  ms: number;
  state: StudentState;
}

export interface SnapshotComparison {
  snapshot: Snapshot | undefined;
  /** The snapshot as the DynamoDB adapter stores it (an item beside the stream's commits). */
  snapshotItem: Item | undefined;
  withoutSnapshot: TimedLoad;
  withSnapshot: TimedLoad;
  sameState: boolean;
}

async function timed(run: () => Promise<LoadedAggregate<StudentState>>): Promise<TimedLoad> {
  const started = performance.now();
  const loaded = await run();
  return { ...loaded, ms: performance.now() - started };
}

export async function compareSnapshotLoads(streamId: string, store: EventStore = eventStore()): Promise<SnapshotComparison> {
  // Also warms the connection, so neither timed load pays for opening it.
  const snapshot = await store.loadLatestSnapshot(streamId);
  const withoutSnapshot = await timed(() => loadAggregate(store, streamId, studentAggregate));
  const withSnapshot = await timed(() => loadAggregate(store, streamId, studentAggregate, WALKTHROUGH_SNAPSHOTS));
  const snapshotItem = snapshot && snapshotToItem({ kind: "snapshot", ...snapshot });
  return { snapshot, snapshotItem, withoutSnapshot, withSnapshot, sameState: JSON.stringify(withoutSnapshot.state) === JSON.stringify(withSnapshot.state) };
}
