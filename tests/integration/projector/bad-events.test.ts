/**
 * The integrity reproductions, each against the real DynamoDB Local and MariaDB: single events a hostile
 * client appended that once stopped the projector, merged two students' rows or took over another student's
 * row. Each must now be skipped visibly, leave every other stream alone, and rebuild to the same read model.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appendStudentStory, studentEvent } from "@/tests/support/projector-harness";
import { readModelRows } from "@/tests/support/read-model-rows";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { config } from "@/lib/config";
import { emptyReadModel } from "@/lib/read-model/reset";
import { getStudentRow, listCourseCounts, seatsTaken } from "@/lib/read-model/student-queries";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { loadStudentHistory } from "@/lib/students/student-history";
import { enrolStudent, updateStudentDetails } from "@/lib/students/student-commands";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import * as streamRoute from "@/app/api/streams/[streamId]/route";
import * as readModelRoute from "@/app/api/timeline/read-model/route";
import { listProjectorFailures, listSetAsideEvents, readProjectorStatus } from "@/lib/read-model/projector-queries";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp, createAppProjector } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

const { tableName } = useTestStores("bad-events");

const store = app().store;
const { projector, close } = createAppProjector(app(), () => {});

async function catchUp() {
  let idle = 0;
  while (idle < 3) idle = (await projector.step()) === 0 ? idle + 1 : 0;
}

const logOf = async (streamId: string) => (await readModelRows()).events.filter((e) => e.streamId === streamId);

async function readOverHttp(streamId: string) {
  const response = await streamRoute.GET(new Request(`http://localhost/api/streams/${streamId}`), {
    params: Promise.resolve({ streamId }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { events: { revision: number; upcastError?: string; data: unknown }[] },
  };
}

/** The rebuild must agree with the live projection row for row (the event log's lag and times aside). */
async function expectRebuildEqualsLive() {
  const live = await readModelRows();
  await rebuildReadModel(store, app().readModel);
  expect(await readModelRows()).toEqual(live);
}

// The read model holds exactly this file's events (its own table), so each test can compare a rebuild with it.
beforeAll(async () => {
  const client = createDynamoClient(config().dynamo);
  await ensureEventsTable(client, tableName);
  client.destroy();
  await emptyReadModel(app().readModel);
});

beforeEach(catchUp);

afterAll(async () => {
  close();
  await closeApp();
});

describe("a bad event is that event's problem only", () => {
  it("a v1 StudentRegistered shaped like v2 is skipped with its upcast error; later events of every stream are projected", async () => {
    const studentId = randomUUID();
    const streamId = studentStreamId(studentId);
    // No schemaVersion: stored as version 1, whose upcaster expects `name`.
    await store.appendToStream(streamId, [
      {
        type: "StudentRegistered",
        data: { studentId, fullName: "Mallory", email: "m@example.edu", dateOfBirth: "2000-01-01" },
      },
    ]);
    const other = await appendStudentStory(store, 3);
    await catchUp();

    expect((await readProjectorStatus(app().readModel))?.state).not.toBe("retrying");
    expect(await listProjectorFailures(app().readModel)).toEqual([]);
    const [entry] = await logOf(streamId);
    expect(entry).toMatchObject({ revision: 1, status: "skipped" });
    expect(entry!.reason).toMatch(/cannot upcast StudentRegistered from version 1/);
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, studentId)).toBeUndefined();
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, other.replace("student-", ""))).toBeDefined();
    // What the home page lists: stream, revision and why.
    expect(await listSetAsideEvents(app().readModel, DEFAULT_SANDBOX, 50)).toContainEqual(
      expect.objectContaining({ streamId, revision: 1, status: "skipped", reason: entry!.reason }),
    );

    // Reading never fails on it: the store, the student page's loader and the HTTP API mark it and go on.
    const read = await store.readStream(streamId);
    expect(read.events[0]).toMatchObject({ schemaVersion: 1, data: { fullName: "Mallory" } });
    expect(read.events[0]!.upcastError).toMatch(/name/);
    const history = await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId);
    expect(history?.state.status).toBe("none");
    expect(history?.unreadable).toEqual([{ revision: 1, reason: read.events[0]!.upcastError }]);
    const http = await readOverHttp(streamId);
    expect(http.status).toBe(200);
    expect(http.body.events[0]!.upcastError).toBe(read.events[0]!.upcastError);

    await expectRebuildEqualsLive();
  });

  it("case twins are two students with two rows and two checkpoints, and rebuild cleanly", async () => {
    const lower = `ab${randomUUID().slice(0, 8)}`;
    const upper = lower.toUpperCase();
    const register = (studentId: string, fullName: string) =>
      store.appendToStream(studentStreamId(studentId), [
        studentEvent({
          type: "StudentRegistered",
          data: { studentId, fullName, email: `${studentId}@example.edu`, dateOfBirth: "2001-01-01" },
        }),
      ]);
    await register(lower, "Original");
    await store.appendToStream(studentStreamId(lower), [
      studentEvent({ type: "StudentEnrolled", data: { studentId: lower, courseId: "web-development" } }),
    ]);
    await register(upper, "Twin");
    await store.appendToStream(studentStreamId(upper), [
      studentEvent({ type: "StudentEnrolled", data: { studentId: upper, courseId: "web-development" } }),
    ]);
    await store.appendToStream(studentStreamId(lower), [
      studentEvent({
        type: "StudentDetailsUpdated",
        data: { studentId: lower, fullName: "Original Renamed", email: "o@example.edu" },
      }),
    ]);
    await catchUp();

    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, lower)).toMatchObject({
      fullName: "Original Renamed",
      revision: 3,
    });
    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, upper)).toMatchObject({
      fullName: "Twin",
      revision: 2,
    });
    const rows = await readModelRows();
    expect(rows.checkpoints).toEqual(
      expect.arrayContaining([
        { streamId: studentStreamId(lower), revision: 3 },
        { streamId: studentStreamId(upper), revision: 2 },
      ]),
    );
    const twinsEnrolled = (await readModelRows()).enrolments.filter(
      (e) => e.studentId === lower || e.studentId === upper,
    );
    expect(twinsEnrolled.map((e) => [e.studentId, e.courseId])).toEqual([
      [upper, "web-development"],
      [lower, "web-development"],
    ]);
    await expectRebuildEqualsLive();
  });

  it("a registration naming another student's id on a new stream is skipped; that student's row is untouched", async () => {
    const victim = await appendStudentStory(store, 4);
    const victimId = victim.replace("student-", "");
    await catchUp();
    const before = await getStudentRow(app().readModel, DEFAULT_SANDBOX, victimId);
    const attackerStream = studentStreamId(randomUUID());
    await store.appendToStream(attackerStream, [
      studentEvent({
        type: "StudentRegistered",
        data: { studentId: victimId, fullName: "Mallory", email: "m@example.edu", dateOfBirth: "1990-01-01" },
      }),
      studentEvent({ type: "StudentEnrolled", data: { studentId: victimId, courseId: "web-development" } }),
    ]);
    await catchUp();

    expect(await getStudentRow(app().readModel, DEFAULT_SANDBOX, victimId)).toEqual(before);
    const log = await logOf(attackerStream);
    expect(log.map((e) => [e.status, e.reason])).toEqual([
      ["skipped", "studentId does not match the student of its stream"],
      ["skipped", "studentId does not match the student of its stream"],
    ]);
    await expectRebuildEqualsLive();
  });

  it("an enrolment into a course outside the catalogue is skipped and creates no course row", async () => {
    const streamId = await appendStudentStory(store, 1);
    const studentId = streamId.replace("student-", "");
    await store.appendToStream(streamId, [
      studentEvent({ type: "StudentEnrolled", data: { studentId, courseId: "no-such-course" } }),
    ]);
    await catchUp();
    const log = await logOf(streamId);
    expect(log.at(-1)).toMatchObject({ status: "skipped", reason: "course no-such-course is not in the catalogue" });
    expect((await listCourseCounts(app().readModel, DEFAULT_SANDBOX)).map((c) => c.courseId)).not.toContain(
      "no-such-course",
    );
    // The domain refuses the same through a command.
    const refused = await enrolStudent(app(), { studentId, courseId: "no-such-course" }, { sandbox: DEFAULT_SANDBOX });
    expect(refused).toMatchObject({ status: "rejected", error: { code: "unknown_course" } });
    await expectRebuildEqualsLive();
  });

  it("a command on a stream that holds an unreadable event decides on the readable ones", async () => {
    const streamId = await appendStudentStory(store, 5);
    const studentId = streamId.replace("student-", "");
    await store.appendToStream(streamId, [{ type: "StudentRegistered", data: { studentId, fullName: "Nobody" } }]);
    const info = await store.getStreamInfo(streamId);
    const result = await updateStudentDetails(
      app(),
      { studentId, fullName: "Still Works", email: "still@example.edu" },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: info!.revision },
    );
    expect(result).toMatchObject({ status: "ok", revision: info!.revision + 1 });
  });
});

/** Waits until the kernel shows the process stopped: a query sent a moment earlier could still be answered. */
async function stopped(pid: number): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("T")) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`process ${pid} did not stop`);
}

describe("a stalled read model", () => {
  it("fails a query within the 5-second timeout while MySQL is frozen, and works again when it thaws", async () => {
    const pid = Number(readFileSync(path.join(config().mysql.dataDir, "mysqld.pid"), "utf8").trim());
    const studentId = (await appendStudentStory(store, 7)).replace("student-", "");
    expect(await seatsTaken(app().readModel, DEFAULT_SANDBOX, "web-development")).toBeGreaterThanOrEqual(0); // a pooled connection exists
    process.kill(pid, "SIGSTOP");
    await stopped(pid);
    let failure: unknown;
    let seconds = 0;
    let enrolment: Awaited<ReturnType<typeof enrolStudent>> | undefined;
    let apiAnswer: Response | undefined;
    try {
      const started = performance.now();
      failure = await seatsTaken(app().readModel, DEFAULT_SANDBOX, "web-development").then(
        () => undefined,
        (error: unknown) => error,
      );
      seconds = (performance.now() - started) / 1000;
      // An enrolment decides on the course's own events in the event store: the frozen read model is no obstacle.
      enrolment = await enrolStudent(app(), { studentId, courseId: "web-development" }, { sandbox: DEFAULT_SANDBOX });
      // The API says so too, as a problem a client can act on.
      apiAnswer = await readModelRoute.GET(new Request("http://localhost/api/timeline/read-model"));
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const codes: unknown[] = [];
    for (
      let cause = failure as { code?: unknown; cause?: unknown } | undefined;
      cause;
      cause = cause.cause as typeof cause
    )
      codes.push(cause.code);
    expect(codes).toContain("PROTOCOL_SEQUENCE_TIMEOUT");
    // A bound, not a speed measurement: without the timeout the call waits as long as the freeze.
    expect(seconds).toBeLessThan(10);
    expect(enrolment).toMatchObject({ status: "ok" });
    expect(apiAnswer?.status).toBe(503);
    expect(apiAnswer?.headers.get("content-type")).toBe("application/problem+json");
    expect(await apiAnswer?.json()).toMatchObject({
      code: "store_unavailable",
      detail: expect.stringContaining("read model (MySQL)"),
    });
    expect(await seatsTaken(app().readModel, DEFAULT_SANDBOX, "web-development")).toBeGreaterThanOrEqual(0);
  });
});
