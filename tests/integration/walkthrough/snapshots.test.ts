/** Step 7 against the real DynamoDB: a long stream loaded with and without its snapshot, its reads counted. */
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { registerDemoStudent } from "@/lib/walkthrough/demo-commands";
import { compareSnapshotLoads, TIMED_ROUNDS } from "@/lib/walkthrough/snapshot-timing";
import { createLongHistory, LONG_HISTORY_EVENTS, LONG_HISTORY_SNAPSHOT_AT } from "@/lib/walkthrough/long-history";
import { useTestStores } from "@/tests/support/test-stores";
import { app } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

useTestStores("walkthrough-snapshots");

/** The stream's commit items as a plain Query counts them, outside the meter. */
async function commitItems(streamId: string): Promise<number> {
  const { dynamo: client, tableName } = app();
  let count = 0;
  let startKey: Record<string, never> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk AND sk > :zero",
        ExpressionAttributeValues: { ":pk": { S: streamId }, ":zero": { N: "0" } },
        Select: "COUNT",
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey as typeof startKey;
  } while (startKey);
  return count;
}

describe("a long stream with a snapshot", () => {
  it(
    "folds 3 events from the snapshot instead of all, to the same state, reading a handful of items instead of every one",
    { timeout: 180_000 },
    async () => {
      const created = await createLongHistory({ ...app(), sandbox: DEFAULT_SANDBOX });
      if (!created.ok) throw new Error(created.message);
      const streamId = studentStreamId(created.studentId);
      const comparison = await compareSnapshotLoads(app().readMeter, streamId);
      const { withoutSnapshot: full, withSnapshot: fromSnapshot } = comparison;
      expect(comparison.snapshot?.revision).toBe(LONG_HISTORY_SNAPSHOT_AT);
      expect(full).toMatchObject({
        eventsFolded: LONG_HISTORY_EVENTS,
        revision: LONG_HISTORY_EVENTS,
        snapshotRevision: undefined,
      });
      expect(fromSnapshot).toMatchObject({
        eventsFolded: 3,
        revision: LONG_HISTORY_EVENTS,
        snapshotRevision: LONG_HISTORY_SNAPSHOT_AT,
      });
      expect(comparison.sameState).toBe(true);

      // Counted from DynamoDB's answers: the full load reads every commit item, the snapshot load four items.
      expect(await commitItems(streamId)).toBe(LONG_HISTORY_EVENTS);
      expect(full.reads.items).toBeGreaterThanOrEqual(LONG_HISTORY_EVENTS);
      expect(fromSnapshot.reads).toMatchObject({ requests: 3, items: 4 });
      expect(fromSnapshot.reads.items).toBeLessThan(full.reads.items / 100);
      expect(fromSnapshot.reads.bytes).toBeLessThan(full.reads.bytes / 100);
      // The read units computed by AWS's rule are the ones DynamoDB Local itself reports.
      expect(full.reads.readUnits).toBe(full.reads.reportedUnits);
      expect(fromSnapshot.reads.readUnits).toBe(fromSnapshot.reads.reportedUnits);
      expect(fromSnapshot.reads.readUnits).toBeLessThan(full.reads.readUnits);

      for (const load of [full, fromSnapshot]) {
        expect(load.timingsMs).toHaveLength(TIMED_ROUNDS);
        expect(load.ms).toBeGreaterThan(0);
      }
      expect(comparison.snapshotItem).toMatchObject({
        pk: { S: streamId },
        sk: { N: String(-LONG_HISTORY_SNAPSHOT_AT) },
        kind: { S: "snapshot" },
      });
    },
  );

  it("without a snapshot, pays one request more for looking, and reads the same items", async () => {
    const registered = await registerDemoStudent({ ...app(), sandbox: DEFAULT_SANDBOX });
    if (registered.status !== "ok") throw new Error("registration failed");
    const comparison = await compareSnapshotLoads(app().readMeter, studentStreamId(registered.studentId));
    expect(comparison.snapshot).toBeUndefined();
    expect(comparison.withoutSnapshot).toMatchObject({
      eventsFolded: 1,
      reads: { requests: 1, items: 1, readUnits: 1 },
    });
    expect(comparison.withSnapshot).toMatchObject({ eventsFolded: 1, reads: { requests: 2, items: 1 } });
    expect(comparison.withSnapshot.reads.readUnits).toBe(comparison.withSnapshot.reads.reportedUnits);
  });
});
