/** What the walkthrough's steps show and do, against the real stores (this file's own events table). */
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { emptyReadModel } from "@/lib/read-model/reset";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { loadStudentHistory } from "@/lib/students/student-history";
import { changeDemoDetails, enrolDemoStudent, registerDemoStudent } from "@/lib/walkthrough/demo-commands";
import { streamItems } from "@/lib/walkthrough/dynamo-items";
import { readRawAndUpcast, storeLegacyRegistration } from "@/lib/walkthrough/legacy-event";
import { projectionLag } from "@/lib/walkthrough/projection-lag";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

useTestStores("walkthrough-steps");

afterAll(async () => {
  // The rows projected here belong to this file's table, deleted after it: a later rebuild must not meet them.
  await emptyReadModel(app().readModel);
  await closeApp();
});

async function newStudent(): Promise<string> {
  const result = await registerDemoStudent({ ...app(), sandbox: DEFAULT_SANDBOX });
  if (result.status !== "ok") throw new Error(`registration failed: ${JSON.stringify(result)}`);
  return result.studentId;
}

describe("step 2: the stream's items", () => {
  it("are exactly the items DynamoDB holds, one per append", async () => {
    const studentId = await newStudent();
    await enrolDemoStudent({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId);
    await changeDemoDetails({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId);
    const streamId = studentStreamId(studentId);
    const { dynamo: client, tableName } = app();
    const stored = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk AND sk > :zero",
        ExpressionAttributeValues: { ":pk": { S: streamId }, ":zero": { N: "0" } },
        ConsistentRead: true,
      }),
    );
    const shown = await streamItems(app().store, streamId);
    expect(shown?.items).toHaveLength(3);
    expect(shown?.items).toEqual(stored.Items);
    expect(shown?.revision).toBe(3);
  });

  it("are undefined for a stream that does not exist", async () => {
    expect(await streamItems(app().store, "student-nobody-here")).toBeUndefined();
  });
});

describe("step 4: projection lag", () => {
  it("counts the events the read model is missing and is zero once they are projected", async () => {
    const studentId = await newStudent();
    await changeDemoDetails({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId);
    const streamId = studentStreamId(studentId);
    const before = await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId);
    const lag = await projectionLag(app().readModel, studentId, streamId, before!.events);
    expect(lag).toMatchObject({ storeRevision: 2, projectedRevision: 0, eventsBehind: 2 });
    expect(lag.behindMs).toBeGreaterThanOrEqual(0);

    expect(await app().projectInline(streamId, before!.events, { force: true })).toBe(true);
    const after = await projectionLag(app().readModel, studentId, streamId, before!.events);
    expect(after).toMatchObject({ storeRevision: 2, projectedRevision: 2, eventsBehind: 0, behindMs: 0 });
    expect(after.row?.revision).toBe(2);
    expect(after.recent.map((r) => r.revision)).toEqual([2, 1]);
  });
});

describe("step 5: two tabs at the same revision", () => {
  it("lets the first append and refuses the second with the expected and the actual revision", async () => {
    const studentId = await newStudent();
    const first = await changeDemoDetails({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId, 1, "tab.a@example.edu");
    const second = await changeDemoDetails({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId, 1, "tab.b@example.edu");
    expect(first).toMatchObject({ status: "ok", revision: 2 });
    expect(second).toEqual({
      status: "conflict",
      expected: 1,
      actual: 2,
      otherChanges: [expect.stringMatching(/^revision 2: details changed to .*, tab\.a@example\.edu$/)],
    });
    const history = await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId);
    expect(history?.state).toMatchObject({ email: "tab.a@example.edu" });
  });
});

describe("step 9: an event of the old shape", () => {
  it("is stored as version 1 with `name` and read as version 2 with `fullName`", async () => {
    const studentId = await storeLegacyRegistration(app().store, DEFAULT_SANDBOX);
    const both = await readRawAndUpcast(app().store, studentStreamId(studentId));
    const raw = both!.raw[0]!;
    const upcast = both!.upcast[0]!;
    expect(raw).toMatchObject({
      type: "StudentRegistered",
      schemaVersion: 1,
      data: { studentId, name: expect.any(String) },
    });
    expect(raw.data).not.toHaveProperty("fullName");
    expect(upcast).toMatchObject({
      schemaVersion: 2,
      storedSchemaVersion: 1,
      data: { studentId, fullName: raw.data.name },
    });
    expect(upcast.data).not.toHaveProperty("name");
    // The domain folds it like any other registration.
    expect((await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId))?.state).toMatchObject({
      status: "registered",
      fullName: raw.data.name,
    });
  });
});

describe("the demo commands", () => {
  it("append real, valid events each time they are pressed", async () => {
    const studentId = await newStudent();
    for (let i = 0; i < 3; i += 1)
      expect(await changeDemoDetails({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId)).toMatchObject({
        status: "ok",
        eventsAppended: 1,
      });
    const { result } = await enrolDemoStudent({ ...app(), sandbox: DEFAULT_SANDBOX }, studentId);
    expect(result).toMatchObject({ status: "ok", revision: 5 });
    const { events } = await app().store.readStream(studentStreamId(studentId));
    expect(events.map((e) => e.type)).toEqual([
      "StudentRegistered",
      "StudentDetailsUpdated",
      "StudentDetailsUpdated",
      "StudentDetailsUpdated",
      "StudentEnrolled",
    ]);
    expect(events.every((e) => typeof e.metadata.correlationId === "string")).toBe(true);
  });
});
