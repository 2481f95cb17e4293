import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { enrolStudent, registerStudent, unenrolStudent, updateStudentDetails } from "@/lib/students/student-commands";
import {
  ada,
  closeStores,
  eventsOf,
  newestEventId,
  OTHER_ROOMY_COURSE,
  registeredStudentId,
  ROOMY_COURSE,
} from "@/tests/integration/students/helpers";
import { app } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

afterAll(closeStores);

describe("registering a student", () => {
  it("stores one StudentRegistered event carrying the action's correlation id as its causation id", async () => {
    const correlationId = randomUUID();
    const result = await registerStudent(
      app(),
      { ...ada, email: " Ada@Example.COM " },
      { sandbox: DEFAULT_SANDBOX, correlationId },
    );
    expect(result).toMatchObject({ status: "ok", revision: 1, eventsAppended: 1, correlationId });
    if (result.status !== "ok") return;
    expect(result.studentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const events = await eventsOf(result.studentId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      revision: 1,
      type: "StudentRegistered",
      schemaVersion: 2,
      data: {
        studentId: result.studentId,
        fullName: "Ada Lovelace",
        email: "Ada@example.com",
        dateOfBirth: "1995-12-10",
      },
      metadata: { correlationId, causationId: correlationId, command: "RegisterStudent" },
    });
  });

  it("gives each registration its own student id and, without one given, its own correlation id", async () => {
    const [first, second] = await Promise.all([
      registerStudent(app(), ada, { sandbox: DEFAULT_SANDBOX }),
      registerStudent(app(), ada, { sandbox: DEFAULT_SANDBOX }),
    ]);
    expect(first?.status).toBe("ok");
    expect(second?.status).toBe("ok");
    if (first?.status !== "ok" || second?.status !== "ok") return;
    expect(first.studentId).not.toBe(second.studentId);
    expect(first.correlationId).not.toBe(second.correlationId);
    const [stored] = await eventsOf(second.studentId);
    expect(stored?.metadata).toMatchObject({ correlationId: second.correlationId, causationId: second.correlationId });
  });

  it("stores nothing when the input breaks a rule", async () => {
    const before = await newestEventId();
    const result = await registerStudent(
      app(),
      { ...ada, email: "ada-at-example", dateOfBirth: "2999-01-01" },
      { sandbox: DEFAULT_SANDBOX },
    );
    expect(result).toMatchObject({
      status: "rejected",
      error: {
        code: "invalid_input",
        fieldErrors: { email: { code: "email_invalid" }, dateOfBirth: { code: "date_of_birth_not_in_past" } },
      },
    });
    expect(await newestEventId()).toBe(before);
  });
});

describe("updating a student's details", () => {
  it("appends StudentDetailsUpdated at the next revision", async () => {
    const studentId = await registeredStudentId();
    const result = await updateStudentDetails(
      app(),
      { studentId, fullName: "Ada King", email: "ada@king.example" },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
    );
    expect(result).toMatchObject({ status: "ok", studentId, revision: 2, eventsAppended: 1 });
    const events = await eventsOf(studentId);
    expect(events.map((e) => e.type)).toEqual(["StudentRegistered", "StudentDetailsUpdated"]);
    expect(events[1]).toMatchObject({
      data: { studentId, fullName: "Ada King", email: "ada@king.example" },
      metadata: { command: "UpdateStudentDetails" },
    });
  });

  it("records nothing when the details are saved unchanged", async () => {
    const studentId = await registeredStudentId();
    const result = await updateStudentDetails(
      app(),
      { studentId, fullName: " Ada Lovelace ", email: ada.email },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
    );
    expect(result).toMatchObject({ status: "ok", revision: 1, eventsAppended: 0 });
    expect(await eventsOf(studentId)).toHaveLength(1);
  });

  it("rejects a student that does not exist and creates no stream", async () => {
    const studentId = randomUUID();
    const result = await updateStudentDetails(
      app(),
      { studentId, fullName: "Nobody", email: "nobody@example.com" },
      { sandbox: DEFAULT_SANDBOX },
    );
    expect(result).toMatchObject({ status: "rejected", error: { code: "student_not_found" }, revision: 0 });
    expect(await eventsOf(studentId)).toEqual([]);
  });
});

describe("enrolling", () => {
  it("appends StudentEnrolled, and a second enrolment in the same course is refused with nothing stored", async () => {
    const studentId = await registeredStudentId();
    expect(
      await enrolStudent(
        app(),
        { studentId, courseId: ROOMY_COURSE },
        { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
      ),
    ).toMatchObject({
      status: "ok",
      revision: 2,
    });
    const again = await enrolStudent(app(), { studentId, courseId: ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX });
    expect(again).toMatchObject({
      status: "rejected",
      error: { code: "already_enrolled", message: "Already enrolled in Algorithms and Data Structures" },
      revision: 2,
    });
    const events = await eventsOf(studentId);
    expect(events.map((e) => [e.revision, e.type])).toEqual([
      [1, "StudentRegistered"],
      [2, "StudentEnrolled"],
    ]);
    expect(events[1]?.data).toEqual({ studentId, courseId: ROOMY_COURSE });
  });

  it("refuses a course that is not in the catalogue", async () => {
    const studentId = await registeredStudentId();
    expect(
      await enrolStudent(app(), { studentId, courseId: "basket-weaving" }, { sandbox: DEFAULT_SANDBOX }),
    ).toMatchObject({
      status: "rejected",
      error: { code: "unknown_course" },
    });
    expect(await eventsOf(studentId)).toHaveLength(1);
  });
});

describe("unenrolling", () => {
  it("appends StudentUnenrolled, after which leaving again is refused", async () => {
    const studentId = await registeredStudentId();
    await enrolStudent(app(), { studentId, courseId: ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX });
    await enrolStudent(app(), { studentId, courseId: OTHER_ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX });
    const result = await unenrolStudent(
      app(),
      { studentId, courseId: ROOMY_COURSE },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: 3 },
    );
    expect(result).toMatchObject({ status: "ok", revision: 4 });
    expect(
      await unenrolStudent(app(), { studentId, courseId: ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX }),
    ).toMatchObject({
      status: "rejected",
      error: { code: "not_enrolled" },
    });
    const events = await eventsOf(studentId);
    expect(events.map((e) => e.type)).toEqual([
      "StudentRegistered",
      "StudentEnrolled",
      "StudentEnrolled",
      "StudentUnenrolled",
    ]);
    expect(events[3]?.data).toEqual({ studentId, courseId: ROOMY_COURSE });
  });
});

describe("concurrent changes", () => {
  it("turns a change based on a stale revision into a conflict and stores nothing", async () => {
    const studentId = await registeredStudentId();
    await updateStudentDetails(
      app(),
      { studentId, fullName: "Ada King", email: ada.email },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
    );
    const stale = await updateStudentDetails(
      app(),
      { studentId, fullName: "Augusta Ada", email: ada.email },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
    );
    const otherChanges = [`revision 2: details changed to Ada King, ${ada.email}`];
    expect(stale).toEqual({ status: "conflict", expected: 1, actual: 2, otherChanges });
    const staleEnrol = await enrolStudent(
      app(),
      { studentId, courseId: ROOMY_COURSE },
      { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
    );
    expect(staleEnrol).toEqual({ status: "conflict", expected: 1, actual: 2, otherChanges });
    const events = await eventsOf(studentId);
    expect(events).toHaveLength(2);
    expect(events[1]?.data).toMatchObject({ fullName: "Ada King" });
  });

  it("lets exactly one of two simultaneous saves from the same revision through", async () => {
    const studentId = await registeredStudentId();
    const results = await Promise.all(
      ["Ada King", "Augusta Ada"].map((fullName) =>
        updateStudentDetails(
          app(),
          { studentId, fullName, email: ada.email },
          { sandbox: DEFAULT_SANDBOX, expectedRevision: 1 },
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "ok"]);
    expect(await eventsOf(studentId)).toHaveLength(2);
  });
});
