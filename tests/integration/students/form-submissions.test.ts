import { afterAll, describe, expect, it } from "vitest";
import { STALE_FORM } from "@/lib/forms/action-state";
import {
  submitDetailsUpdate,
  submitEnrolment,
  submitRegistration,
  submitUnenrolment,
} from "@/lib/students/form-submissions";
import {
  ada,
  closeStores,
  eventsOf,
  newestEventId,
  registeredStudentId,
  ROOMY_COURSE,
} from "@/tests/integration/students/helpers";
import { app } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

afterAll(closeStores);

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
}

describe("the registration form", () => {
  it("registers the student and answers with their id and first revision", async () => {
    const state = await submitRegistration(app(), form(ada), { sandbox: DEFAULT_SANDBOX });
    expect(state).toMatchObject({ status: "ok", revision: 1, message: "Student registered" });
    if (state.status !== "ok" || !state.studentId) throw new Error("no student id in the answer");
    expect((await eventsOf(state.studentId)).map((e) => e.type)).toEqual(["StudentRegistered"]);
  });

  it("answers a bad email with a field error and stores nothing", async () => {
    const before = await newestEventId();
    const state = await submitRegistration(app(), form({ ...ada, email: "ada.example.com" }), {
      sandbox: DEFAULT_SANDBOX,
    });
    expect(state).toEqual({
      status: "invalid",
      message: "Some details need correcting",
      fieldErrors: { email: "Enter a valid email address, like name@example.com" },
    });
    expect(await newestEventId()).toBe(before);
  });
});

describe("the student page's forms", () => {
  it("save details at the revision the user saw, and report a save from an older page as a conflict", async () => {
    const studentId = await registeredStudentId();
    const first = await submitDetailsUpdate(
      app(),
      form({ studentId, expectedRevision: 1, fullName: "Ada King", email: ada.email }),
      { sandbox: DEFAULT_SANDBOX },
    );
    expect(first).toMatchObject({ status: "ok", studentId, revision: 2, message: "Details saved" });
    const second = await submitDetailsUpdate(
      app(),
      form({ studentId, expectedRevision: 1, fullName: ada.fullName, email: "ada@elsewhere.example" }),
      { sandbox: DEFAULT_SANDBOX },
    );
    expect(second).toEqual({
      status: "conflict",
      message: `Someone else changed this student: you saw revision 1, it is now at revision 2 (revision 2: details changed to Ada King, ${ada.email}). Reload to see their change.`,
      expected: 1,
      actual: 2,
      otherChanges: [`revision 2: details changed to Ada King, ${ada.email}`],
    });
    expect(await eventsOf(studentId)).toHaveLength(2);
  });

  it("answer an invalid email with a field error and store nothing", async () => {
    const studentId = await registeredStudentId();
    const state = await submitDetailsUpdate(
      app(),
      form({ studentId, expectedRevision: 1, fullName: ada.fullName, email: "ada@" }),
      { sandbox: DEFAULT_SANDBOX },
    );
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { email: "Enter a valid email address, like name@example.com" },
    });
    expect(await eventsOf(studentId)).toHaveLength(1);
  });

  it("enrol, refuse the same course twice with the domain's message, and unenrol", async () => {
    const studentId = await registeredStudentId();
    const enrolment = form({ studentId, expectedRevision: 1, courseId: ROOMY_COURSE });
    expect(await submitEnrolment(app(), enrolment, { sandbox: DEFAULT_SANDBOX })).toMatchObject({
      status: "ok",
      revision: 2,
      message: "Enrolled in Algorithms and Data Structures",
    });
    // The same form sent again (a second tab, a double submit): the stream has moved, but the rule answers first.
    expect(await submitEnrolment(app(), enrolment, { sandbox: DEFAULT_SANDBOX })).toEqual({
      status: "rejected",
      code: "already_enrolled",
      message: "Already enrolled in Algorithms and Data Structures",
    });
    const leaving = await submitUnenrolment(app(), form({ studentId, expectedRevision: 2, courseId: ROOMY_COURSE }), {
      sandbox: DEFAULT_SANDBOX,
    });
    expect(leaving).toMatchObject({
      status: "ok",
      revision: 3,
      message: "Unenrolled from Algorithms and Data Structures",
    });
    expect((await eventsOf(studentId)).map((e) => e.type)).toEqual([
      "StudentRegistered",
      "StudentEnrolled",
      "StudentUnenrolled",
    ]);
  });

  it("ask for a course when none was chosen", async () => {
    const studentId = await registeredStudentId();
    expect(
      await submitEnrolment(app(), form({ studentId, expectedRevision: 1, courseId: "" }), {
        sandbox: DEFAULT_SANDBOX,
      }),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { courseId: "Choose a course" },
    });
    expect(await eventsOf(studentId)).toHaveLength(1);
  });

  it("treat a form with a tampered revision as out of date and store nothing", async () => {
    const studentId = await registeredStudentId();
    const state = await submitEnrolment(
      app(),
      form({ studentId, expectedRevision: "latest", courseId: ROOMY_COURSE }),
      { sandbox: DEFAULT_SANDBOX },
    );
    expect(state).toEqual(STALE_FORM);
    expect(await eventsOf(studentId)).toHaveLength(1);
  });
});
