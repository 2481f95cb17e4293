/**
 * The upgrade of a table written before tags: its seat events get the tag items they would have had, once, in
 * commit order, so the course's boundary counts them; a tag already in use is left alone; events are unchanged.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { courseTag } from "@/lib/domain/course-seats";
import { findCourse } from "@/lib/domain/courses";
import { newSandboxId } from "@/lib/domain/sandbox";
import type { StudentEvent } from "@/lib/domain/student/events";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { backfillTags } from "@/lib/event-store/dynamodb/tag-backfill";
import { readCourseSeats, seatTagsOfStoredEvent } from "@/lib/students/course-seats";
import { enrolStudent, registerStudent } from "@/lib/students/student-commands";
import { studentEvent } from "@/tests/support/projector-harness";
import { useTestStores } from "@/tests/support/test-stores";

const app = useTestStores("tag-backfill");
const SMALL = "distributed-systems-101";
const OTHER = "web-development";

/** A student whose events are appended as the app wrote them before tags: no tags at all. */
async function legacyStudent(sandbox: string, story: (studentId: string) => StudentEvent[]): Promise<string> {
  const studentId = randomUUID();
  await app.store.appendToStream(
    studentStreamId(studentId, sandbox),
    [
      studentEvent({
        type: "StudentRegistered",
        data: { studentId, fullName: "Old Timer", email: "old@example.edu", dateOfBirth: "1990-01-01" },
      }),
      ...story(studentId).map((event) => studentEvent(event)),
    ],
    { expectedRevision: 0 },
  );
  return studentId;
}

const enrolled = (studentId: string, courseId = SMALL): StudentEvent => ({
  type: "StudentEnrolled",
  data: { studentId, courseId },
});
const unenrolled = (studentId: string, courseId = SMALL): StudentEvent => ({
  type: "StudentUnenrolled",
  data: { studentId, courseId },
});

describe("backfilling the tags of events stored before tags", () => {
  it("counts the old seats afterwards, skips a tag in use, changes no event, and runs once", async () => {
    const learner = newSandboxId(randomBytes(10));
    const holders = [
      await legacyStudent("-", (id) => [enrolled(id)]),
      await legacyStudent("-", (id) => [enrolled(id), enrolled(id, OTHER)]),
      await legacyStudent("-", (id) => [enrolled(id), unenrolled(id), enrolled(id)]),
    ];
    const leaver = await legacyStudent("-", (id) => [enrolled(id), unenrolled(id)]);
    const inLearnerSandbox = await legacyStudent(learner, (id) => [enrolled(id)]);
    // web-development is in use already: a tagged enrolment came after the upgrade of the code.
    const fresh = await registerStudent(
      app,
      { fullName: "New Comer", email: "new@example.edu", dateOfBirth: "2001-01-01" },
      { sandbox: "-" },
    );
    const freshId = fresh.status === "ok" ? fresh.studentId : "";
    expect((await enrolStudent(app, { studentId: freshId, courseId: OTHER }, { sandbox: "-" })).status).toBe("ok");
    const beforeStream = await app.store.readStream(studentStreamId(holders[2]!));

    // Before: the boundary sees none of the old seats.
    expect((await readCourseSeats(app.store, SMALL, "-")).holders).toEqual([]);

    const report = await backfillTags(app.dynamo, app.tableName, seatTagsOfStoredEvent);
    expect(report.ran).toBe(true);
    expect(report.skipped).toEqual([{ tag: courseTag(OTHER), events: 1 }]);
    expect(report.tagsFilled).toBe(2); // the small course, in the default and in the learner's sandbox

    const seats = await readCourseSeats(app.store, SMALL, "-");
    expect(new Set(seats.holders)).toEqual(new Set(holders));
    expect(seats.holders).not.toContain(leaver);
    expect((await readCourseSeats(app.store, SMALL, learner)).holders).toEqual([inLearnerSandbox]);
    expect((await readCourseSeats(app.store, OTHER, "-")).holders).toEqual([freshId]);

    // The course is full now: a new enrolment is told so.
    expect(findCourse(SMALL)!.capacity).toBe(3);
    const late = await enrolStudent(app, { studentId: freshId, courseId: SMALL }, { sandbox: "-" });
    expect(late).toMatchObject({ status: "rejected", error: { code: "course_full" } });

    // The events themselves are as they were stored.
    expect(await app.store.readStream(studentStreamId(holders[2]!))).toEqual(beforeStream);

    expect((await backfillTags(app.dynamo, app.tableName, seatTagsOfStoredEvent)).ran).toBe(false);
  });
});
