import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_EVENTS_PER_APPEND } from "@/lib/event-store/validation";
import { enrolStudent, unenrolStudent, updateStudentDetails } from "@/lib/students/student-commands";
import { loadStudentHistory } from "@/lib/students/student-history";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { ada, closeStores, registeredStudentId, ROOMY_COURSE } from "@/tests/integration/students/helpers";
import { app } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

afterAll(closeStores);

describe("loading a student's history", () => {
  it("returns every event in revision order and the state folded from them", async () => {
    const studentId = await registeredStudentId();
    await updateStudentDetails(
      app(),
      { studentId, fullName: "Ada King", email: ada.email },
      { sandbox: DEFAULT_SANDBOX },
    );
    await enrolStudent(app(), { studentId, courseId: ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX });
    const history = await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId);
    expect(history?.events.map((e) => [e.revision, e.type])).toEqual([
      [1, "StudentRegistered"],
      [2, "StudentDetailsUpdated"],
      [3, "StudentEnrolled"],
    ]);
    expect(history).toMatchObject({
      streamId: studentStreamId(studentId),
      revision: 3,
      unreadable: [],
      state: { status: "registered", studentId, fullName: "Ada King", courses: [ROOMY_COURSE] },
    });
  });

  it("is undefined for a student that was never registered", async () => {
    expect(await loadStudentHistory(app().store, DEFAULT_SANDBOX, randomUUID())).toBeUndefined();
  });

  it("reads past the first page of a long stream", async () => {
    const studentId = await registeredStudentId();
    const toggles = Array.from({ length: 1_000 }, (_, i) => ({
      type: i % 2 === 0 ? "StudentEnrolled" : "StudentUnenrolled",
      data: { studentId, courseId: ROOMY_COURSE },
    }));
    for (let start = 0; start < toggles.length; start += MAX_EVENTS_PER_APPEND) {
      await app().store.appendToStream(studentStreamId(studentId), toggles.slice(start, start + MAX_EVENTS_PER_APPEND));
    }
    await enrolStudent(app(), { studentId, courseId: ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX });
    const history = await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId);
    expect(history?.events).toHaveLength(1_002);
    expect(history?.events.map((e) => e.revision)).toEqual(Array.from({ length: 1_002 }, (_, i) => i + 1));
    expect(history?.state).toMatchObject({ courses: [ROOMY_COURSE] });
    // The command handler folds the same long stream, so it sees the enrolment made after the first page too.
    expect(
      await unenrolStudent(app(), { studentId, courseId: ROOMY_COURSE }, { sandbox: DEFAULT_SANDBOX }),
    ).toMatchObject({
      status: "ok",
      revision: 1_003,
    });
  });
});
