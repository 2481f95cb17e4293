/**
 * The Lambda handler fed real DynamoDB Stream records of the events table, as a DynamoDB Streams trigger
 * would deliver them (JSON, at least once): it projects them, a redelivery changes nothing, and a bad event
 * is skipped like the live projector skips it.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendStudentStory, storyEventCount } from "@/tests/support/projector-harness";
import { config } from "@/lib/config";
import { createDynamoClient, createDynamoStreamsClient } from "@/lib/event-store/dynamodb/client";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { createDynamoStreamSource } from "@/lib/projector/dynamodb-stream-source";
import { handler } from "@/lib/server/lambda";
import { emptyReadModel } from "@/lib/read-model/reset";
import { readModelChecksum } from "@/lib/read-model/rebuild-tables";
import { getStudentRow } from "@/lib/read-model/student-queries";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

const { tableName } = useTestStores("lambda");

const store = app().store;
const dynamo = createDynamoClient(config().dynamo);
const streams = createDynamoStreamsClient(config().dynamo);
const positions = new Map();
const source = createDynamoStreamSource({
  dynamo,
  streams,
  tableName,
  positions: {
    load: async () => new Map(positions),
    save: async (_arn, shard, position) => void positions.set(shard, position),
  },
});

/** Every record the table's stream holds beyond those read before, as the JSON a Lambda trigger receives. */
async function newRecords() {
  const records = [];
  for (let batch = await source.poll(); batch; batch = await source.poll()) {
    records.push(...batch.records);
    await batch.acknowledge();
  }
  return JSON.parse(JSON.stringify(records)) as Parameters<typeof handler>[0]["Records"];
}

beforeAll(async () => {
  await ensureEventsTable(dynamo, tableName);
  await emptyReadModel(app().readModel);
});

afterAll(async () => {
  streams.destroy();
  dynamo.destroy();
  await closeApp();
});

describe("the Lambda handler", () => {
  it("projects real stream records, and a redelivery of the same records changes nothing", async () => {
    const streamId = await appendStudentStory(store, 6);
    const records = await newRecords();
    expect(records.length).toBeGreaterThan(0);
    expect(await handler({ Records: records })).toEqual({ applied: storyEventCount(6), skipped: 0 });
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, streamId.slice("student-".length))).toMatchObject({
      fullName: "Student 6 Renamed",
      revision: storyEventCount(6),
    });
    const checksum = await readModelChecksum(app().readModel);
    expect(await handler({ Records: records })).toEqual({ applied: 0, skipped: 0 });
    expect(await readModelChecksum(app().readModel)).toBe(checksum);
  });

  it("skips a bad event as the live projector does, and applies the rest of the batch", async () => {
    const studentId = randomUUID();
    await store.appendToStream(studentStreamId(studentId), [
      { type: "StudentRegistered", data: { studentId, fullName: "Not v1" } },
    ]);
    const good = await appendStudentStory(store, 1);
    const result = await handler({ Records: await newRecords() });
    expect(result).toEqual({ applied: storyEventCount(1), skipped: 1 });
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, studentId)).toBeUndefined();
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, good.slice("student-".length))).toBeDefined();
  });
});
