/**
 * Sandboxes in the read model, against the real stores: the same student id in two sandboxes (and in solo use)
 * is three students with three rows, seats are counted per sandbox, an event naming another sandbox's student
 * changes nothing there, and a rebuild gives the same rows as the live projection.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX, newSandboxId } from "@/lib/domain/sandbox";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { emptyReadModel } from "@/lib/read-model/reset";
import { app, closeApp, createAppProjector } from "@/lib/server/app";
import { studentEvent } from "@/tests/support/projector-harness";
import { readModelRows } from "@/tests/support/read-model-rows";
import { useTestStores } from "@/tests/support/test-stores";

useTestStores("sandboxes");
const { projector, close } = createAppProjector(app(), () => {});

async function catchUp() {
  let idle = 0;
  while (idle < 3) idle = (await projector.step()) === 0 ? idle + 1 : 0;
}

beforeAll(async () => {
  await emptyReadModel(app().readModel);
});

afterAll(async () => {
  close();
  await emptyReadModel(app().readModel);
  await closeApp();
});

const COURSE = "web-development";

async function register(sandbox: string, studentId: string, fullName: string) {
  await app().store.appendToStream(
    studentStreamId(studentId, sandbox),
    [
      studentEvent({
        type: "StudentRegistered",
        data: { studentId, fullName, email: "same@example.org", dateOfBirth: "2001-02-03" },
      }),
      studentEvent({ type: "StudentEnrolled", data: { studentId, courseId: COURSE } }),
    ],
    { expectedRevision: "no_stream" },
  );
}

describe("sandboxes in the read model", () => {
  const [a, b] = [newSandboxId(randomBytes(10)), newSandboxId(randomBytes(10))];
  const studentId = randomUUID();

  it("keeps one student id in two sandboxes and solo use as three rows, each with its own seats", async () => {
    await register(a, studentId, "Ada in A");
    await register(b, studentId, "Ada in B");
    await register(DEFAULT_SANDBOX, studentId, "Ada solo");
    await catchUp();

    const rows = await readModelRows();
    const ours = rows.students.filter((s) => s.id === studentId);
    expect(ours.map((s) => [s.sandbox, s.fullName]).sort()).toEqual(
      [
        [DEFAULT_SANDBOX, "Ada solo"],
        [a, "Ada in A"],
        [b, "Ada in B"],
      ].sort(),
    );
    expect(rows.courses.filter((c) => c.courseId === COURSE).map((c) => [c.sandbox, c.enrolled])).toEqual(
      expect.arrayContaining([
        [a, 1],
        [b, 1],
        [DEFAULT_SANDBOX, 1],
      ]),
    );
    expect(rows.events.find((e) => e.streamId === studentStreamId(studentId, a))).toMatchObject({ status: "applied" });
  });

  it("frees a seat in one sandbox only, and ignores an event that names a student the stream is not", async () => {
    await app().store.appendToStream(studentStreamId(studentId, a), [
      studentEvent({ type: "StudentUnenrolled", data: { studentId, courseId: COURSE } }),
      // Sandbox A's stream naming another student: the identity rule skips it, whatever sandbox that student is in.
      studentEvent({ type: "StudentDetailsUpdated", data: { studentId: randomUUID(), fullName: "X", email: "x@x.x" } }),
    ]);
    await catchUp();

    const rows = await readModelRows();
    expect(rows.courses.filter((c) => c.courseId === COURSE).map((c) => c.sandbox)).not.toContain(a);
    expect(rows.courses.find((c) => c.courseId === COURSE && c.sandbox === b)?.enrolled).toBe(1);
    expect(
      rows.enrolments
        .filter((e) => e.studentId === studentId)
        .map((e) => e.sandbox)
        .sort(),
    ).toEqual([DEFAULT_SANDBOX, b].sort());
    const skipped = rows.events.filter((e) => e.streamId === studentStreamId(studentId, a) && e.status === "skipped");
    expect(skipped).toHaveLength(1);
    expect(rows.students.find((s) => s.sandbox === b && s.id === studentId)?.fullName).toBe("Ada in B");
  });

  it("rebuilds to the same rows, sandbox for sandbox", async () => {
    const live = await readModelRows();
    await rebuildReadModel(app().store, app().readModel);
    expect(await readModelRows()).toEqual(live);
  });
});
