/**
 * Step 7: the same student loaded with the event store's real `loadAggregate`, once from the start and once
 * from its latest snapshot, through a store that counts what each load reads from DynamoDB. Each load is
 * timed on the server with performance.now(), a few times in alternating order after one unmeasured warm-up
 * (the first request of a cold path is much slower), and the median is kept: one busy moment on the machine
 * moves a single timing by tens of milliseconds.
 */
import "server-only";
import { loadAggregate, type LoadedAggregate, type SnapshotPolicy } from "@/lib/event-store/aggregate";
import { snapshotToItem, type Item } from "@/lib/event-store/dynamodb/items";
import type { Snapshot } from "@/lib/event-store/types";
import type { StudentState } from "@/lib/domain/student/state";
import { studentAggregate } from "@/lib/students/student-aggregate";
import type { ReadCount, ReadMeter } from "@/lib/walkthrough/read-meter";

/** The walkthrough's snapshots: the shape of StudentState, version 1. `every` is what handleCommand would use. */
export const WALKTHROUGH_SNAPSHOTS: SnapshotPolicy = { every: 100, schemaVersion: 1 };

export const TIMED_ROUNDS = 3;

export interface MeasuredLoad extends LoadedAggregate<StudentState> {
  /** The median of TIMED_ROUNDS timings. */
  ms: number;
  timingsMs: number[];
  reads: ReadCount;
}

export interface SnapshotComparison {
  snapshot: Snapshot | undefined;
  /** The snapshot as the DynamoDB adapter stores it (an item beside the stream's commits). */
  snapshotItem: Item | undefined;
  withoutSnapshot: MeasuredLoad;
  withSnapshot: MeasuredLoad;
  sameState: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function compareSnapshotLoads(meter: ReadMeter, streamId: string): Promise<SnapshotComparison> {
  const load = (policy: SnapshotPolicy | undefined) =>
    meter.count((store) => loadAggregate(store, streamId, studentAggregate, policy));
  const snapshot = await meter.store.loadLatestSnapshot(streamId);
  // The warm-up: what each load reads is the same every time, so these counts are the ones shown.
  const [full, fromSnapshot] = [await load(undefined), await load(WALKTHROUGH_SNAPSHOTS)];
  const timings: [number[], number[]] = [[], []];
  for (let round = 0; round < TIMED_ROUNDS; round += 1) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      await load(which === 0 ? undefined : WALKTHROUGH_SNAPSHOTS);
      timings[which]!.push(performance.now() - started);
    }
  }
  const measured = ({ result, reads }: typeof full, timingsMs: number[]): MeasuredLoad => ({
    ...result,
    reads,
    timingsMs,
    ms: median(timingsMs),
  });
  return {
    snapshot,
    snapshotItem: snapshot && snapshotToItem({ kind: "snapshot", ...snapshot }),
    withoutSnapshot: measured(full, timings[0]),
    withSnapshot: measured(fromSnapshot, timings[1]),
    sameState: JSON.stringify(full.result.state) === JSON.stringify(fromSnapshot.result.state),
  };
}
