import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CommitRecord } from "@/lib/projector/stream-records";
import { appendStudentStory, studentEvent } from "@/tests/support/projector-harness";
import { readModelRows } from "@/tests/support/read-model-rows";
import { createDynamoClient, createDynamoStreamsClient } from "@/lib/event-store/dynamodb/client";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { config } from "@/lib/config";
import { applyCommits } from "@/lib/projector/apply-commits";
import { commitsFromRecords } from "@/lib/projector/stream-records";
import { createUpcasterRegistry } from "@/lib/event-store/upcasting";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { emptyReadModel } from "@/lib/read-model/reset";
import { readModelChecksum } from "@/lib/read-model/rebuild-tables";
import { getStudentRow, listCourseCounts, listStudents } from "@/lib/read-model/student-queries";
import { listProjectorFailures, readProjectorStatus } from "@/lib/read-model/projector-queries";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { projectedEvents } from "@/lib/read-model/schema";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { eq } from "drizzle-orm";
import { createDynamoStreamSource } from "@/lib/projector/dynamodb-stream-source";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp, createAppProjector } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

const { tableName } = useTestStores("projector");

const store = app().store;
const { projector, close } = createAppProjector(app(), () => {});

async function catchUp() {
  let idle = 0;
  while (idle < 3) idle = (await projector.step()) === 0 ? idle + 1 : 0;
}

const projectedLog = (streamId: string) =>
  app()
    .readModel.db.select()
    .from(projectedEvents)
    .where(eq(projectedEvents.streamId, streamId))
    .orderBy(projectedEvents.revision);

beforeAll(async () => {
  expect(config().dynamo.tableName).toBe(tableName);
  const client = createDynamoClient(config().dynamo);
  await ensureEventsTable(client, tableName);
  client.destroy();
});

beforeEach(async () => {
  await emptyReadModel(app().readModel);
  await catchUp(); // consumes what earlier tests appended, on an empty read model
  await emptyReadModel(app().readModel);
});

afterAll(async () => {
  close();
  await closeApp();
});

describe("the projector", () => {
  it("projects appended events into students, enrolments and course counts, with lag recorded", async () => {
    const streamId = await appendStudentStory(store, 6); // registered, enrolled ×2, unenrolled, renamed
    await catchUp();
    const studentId = streamId.replace("student-", "");
    const row = await getStudentRow(app().readModel, DEFAULT_SANDBOX, studentId);
    expect(row).toMatchObject({
      fullName: "Student 6 Renamed",
      email: "s6@example.org",
      dateOfBirth: "2001-02-03",
      revision: 5,
      enrolmentCount: 1,
    });
    // Student 6 enrolled in web-development, then functional-programming, then left web-development.
    expect(row!.enrolments.map((e) => e.courseId)).toEqual(["functional-programming"]);
    expect(await listCourseCounts(app().readModel, DEFAULT_SANDBOX)).toEqual([
      { courseId: "functional-programming", enrolled: 1 },
    ]);
    const log = await projectedLog(streamId);
    expect(log.map((l) => [l.revision, l.status])).toEqual([
      [1, "applied"],
      [2, "applied"],
      [3, "applied"],
      [4, "applied"],
      [5, "applied"],
    ]);
    expect(log[1]!.changedRows).toEqual([
      `students/${studentId}`,
      `enrolments/${studentId}/web-development`,
      "courses/web-development",
    ]);
    expect(log.every((l) => l.lagMs >= 0 && l.lagMs < 60_000)).toBe(true);
    expect((await readProjectorStatus(app().readModel))?.applied).toBeGreaterThanOrEqual(5);
    expect(
      (await listStudents(app().readModel, DEFAULT_SANDBOX, { search: "renamed" })).rows.map((r) => r.studentId),
    ).toEqual([studentId]);
  });

  it("changes nothing when the same stream records are delivered twice", async () => {
    await appendStudentStory(store, 3);
    const registry = createUpcasterRegistry([]);
    const records: CommitRecord[] = [];
    const streams = createDynamoStreamsClient(config().dynamo);
    const memory = new Map();
    const source = createDynamoStreamSource({
      dynamo: createDynamoClient(config().dynamo),
      streams,
      tableName,
      positions: {
        load: async () => new Map(memory),
        save: async (_arn, shard, position) => void memory.set(shard, position),
      },
    });
    for (let batch = await source.poll(); batch; batch = await source.poll()) {
      records.push(...batch.records);
      await batch.acknowledge();
    }
    const commits = commitsFromRecords(records, registry);
    const first = await inProjectionTransaction(app().readModel, (tx) => applyCommits(tx, store, commits));
    const checksum = await readModelChecksum(app().readModel);
    const second = await inProjectionTransaction(app().readModel, (tx) => applyCommits(tx, store, commits));
    expect(first.applied).toBeGreaterThan(0);
    expect(second).toMatchObject({ applied: 0, skipped: 0 });
    expect(second.duplicates).toBe(first.applied + first.skipped + first.duplicates);
    expect(await readModelChecksum(app().readModel)).toBe(checksum);
    streams.destroy();
  });

  it("fills a gap from the event store when a later revision arrives first", async () => {
    const streamId = await appendStudentStory(store, 1); // 3 events
    const third = (await store.readStream(streamId, { fromRevision: 3 })).events;
    const result = await inProjectionTransaction(app().readModel, (tx) =>
      applyCommits(tx, store, [{ streamId, events: third }]),
    );
    expect(result).toMatchObject({ applied: 3, gapsFilled: 2 });
    expect((await projectedLog(streamId)).map((l) => l.revision)).toEqual([1, 2, 3]);
  });

  it("skips unknown event types, other streams and data that cannot fit, visibly", async () => {
    const streamId = await appendStudentStory(store, 5);
    await store.appendToStream(streamId, [{ type: "StudentGraduated", data: { when: "2030" } }]);
    const invoice = `invoice-${randomUUID()}`;
    await store.appendToStream(invoice, [{ type: "InvoiceRaised", data: { amount: 3 } }]);
    const tooLongId = `long-${randomUUID().slice(0, 8)}`;
    const tooLong = studentStreamId(tooLongId);
    await store.appendToStream(tooLong, [
      studentEvent({
        type: "StudentRegistered",
        data: { studentId: tooLongId, fullName: "x".repeat(300), email: "p@example.org", dateOfBirth: "2000-01-01" },
      }),
    ]);
    await catchUp();
    expect((await projectedLog(streamId)).at(-1)).toMatchObject({
      type: "StudentGraduated",
      status: "skipped",
      reason: "unknown event type: StudentGraduated",
    });
    expect(await projectedLog(invoice)).toMatchObject([{ status: "skipped", reason: "not a student stream" }]);
    expect(await projectedLog(tooLong)).toMatchObject([
      { status: "skipped", reason: "does not fit the read model: full name longer than 100 characters" },
    ]);
    expect((await readProjectorStatus(app().readModel))!.skipped).toBeGreaterThanOrEqual(3);
  });

  it("parks a poison event after retries and goes on with the rest", async () => {
    const poisoned = createAppProjector(app(), () => {}, {
      apply: (commits) =>
        commits.some((c) => c.events.some((e) => e.metadata.poison === true))
          ? Promise.reject(new Error("handler bug triggered by this event"))
          : inProjectionTransaction(app().readModel, (tx) => applyCommits(tx, store, commits)),
    });
    const before = await appendStudentStory(store, 1);
    const victim = await appendStudentStory(store, 2);
    await store.appendToStream(victim, [
      studentEvent(
        { type: "StudentUnenrolled", data: { studentId: victim.slice(8), courseId: "web-development" } },
        { poison: true },
      ),
    ]);
    const after = await appendStudentStory(store, 4);
    let idle = 0;
    while (idle < 3) idle = (await poisoned.projector.step()) === 0 ? idle + 1 : 0;
    poisoned.close();
    const failures = await listProjectorFailures(app().readModel);
    expect(failures.map((f) => [f.streamId, f.revision, f.error])).toEqual([
      [victim, 5, "Error: handler bug triggered by this event"],
    ]);
    expect((await projectedLog(victim)).map((l) => [l.revision, l.status])).toEqual([
      [1, "applied"],
      [2, "applied"],
      [3, "applied"],
      [4, "applied"],
      [5, "failed"],
    ]);
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, before.slice(8))).toMatchObject({ revision: 3 });
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, after.slice(8))).toMatchObject({ revision: 4 });
    expect(await readProjectorStatus(app().readModel)).toMatchObject({ failed: 1 });
  });

  it("rebuilds a read model identical, row for row, to the incrementally projected one", async () => {
    for (let n = 0; n < 12; n += 1) await appendStudentStory(store, n);
    // Project every event of the table (earlier tests' too) from the start of the DynamoDB Stream.
    await emptyReadModel(app().readModel);
    const fresh = createAppProjector(app(), () => {});
    let idle = 0;
    while (idle < 3) idle = (await fresh.projector.step()) === 0 ? idle + 1 : 0;
    fresh.close();
    const incremental = await readModelChecksum(app().readModel);
    const incrementalRows = await readModelRows();
    const result = await rebuildReadModel(store, app().readModel);
    expect(await readModelRows()).toEqual(incrementalRows);
    expect(result.checksumBefore).toBe(incremental);
    expect(result.checksumAfter).toBe(incremental);
    expect(result.events).toBeGreaterThanOrEqual(12 * 3);
    expect((await listStudents(app().readModel, DEFAULT_SANDBOX, { pageSize: 100 })).total).toBeGreaterThanOrEqual(12);
  });
});
