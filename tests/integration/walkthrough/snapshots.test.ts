/** Step 7 against the real DynamoDB: a 250-event stream loaded with and without its snapshot. */
import { describe, expect, it } from "vitest";
import { useOwnAppEventsTable } from "@/tests/support/projector-harness";

useOwnAppEventsTable("walkthrough-snapshots");
const { studentStreamId } = await import("@/lib/domain/student/stream-id");
const { createLongHistory, LONG_HISTORY_EVENTS, LONG_HISTORY_SNAPSHOT_AT } = await import("@/lib/walkthrough/long-history");
const { compareSnapshotLoads } = await import("@/lib/walkthrough/snapshot-timing");

describe("a long stream with a snapshot", () => {
  it("folds 3 events from the snapshot instead of 250, to the same state, with both loads timed", async () => {
    const created = await createLongHistory();
    if (!created.ok) throw new Error(created.message);
    const comparison = await compareSnapshotLoads(studentStreamId(created.studentId));
    expect(comparison.snapshot?.revision).toBe(LONG_HISTORY_SNAPSHOT_AT);
    expect(comparison.withoutSnapshot).toMatchObject({ eventsFolded: LONG_HISTORY_EVENTS, revision: LONG_HISTORY_EVENTS, snapshotRevision: undefined });
    expect(comparison.withSnapshot).toMatchObject({ eventsFolded: 3, revision: LONG_HISTORY_EVENTS, snapshotRevision: LONG_HISTORY_SNAPSHOT_AT });
    expect(comparison.sameState).toBe(true);
    expect(comparison.withoutSnapshot.ms).toBeGreaterThan(0);
    expect(comparison.withSnapshot.ms).toBeGreaterThan(0);
    expect(comparison.snapshotItem).toMatchObject({ pk: { S: studentStreamId(created.studentId) }, sk: { N: String(-LONG_HISTORY_SNAPSHOT_AT) }, kind: { S: "snapshot" } });
  });
});
