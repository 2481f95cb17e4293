import { describe, expect, it } from "vitest";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { StudentDocument } from "@/lib/domain/student/student-document";
import { projectStudent } from "@/lib/projector/student-projection";

let revision = 0;
const recorded = (type: string, data: unknown, streamId = "student-s-1"): RecordedEvent =>
  ({
    id: crypto.randomUUID(),
    streamId,
    revision: (revision += 1),
    type,
    data,
    metadata: {},
    schemaVersion: 2,
    recordedAt: "2026-01-01T00:00:00.000Z",
    position: "p",
  }) as RecordedEvent;

const registered = () => {
  const outcome = projectStudent(
    undefined,
    recorded("StudentRegistered", {
      studentId: "s-1",
      fullName: "Ada",
      email: "a@example.edu",
      dateOfBirth: "2000-01-01",
    }),
  );
  if (outcome.status !== "applied" || !outcome.document) throw new Error("not registered");
  return outcome.document;
};

describe("projectStudent", () => {
  it("skips an enrolment into a course outside the catalogue", () => {
    expect(
      projectStudent(registered(), recorded("StudentEnrolled", { studentId: "s-1", courseId: "no-such-course" })),
    ).toEqual({
      status: "skipped",
      reason: "course no-such-course is not in the catalogue",
    });
  });

  it("lets a student leave a course whatever the catalogue says now", () => {
    const doc: StudentDocument = {
      ...registered(),
      enrolments: [{ courseId: "retired-course", since: "2025-01-01T00:00:00.000Z", revision: 1 }],
    };
    const outcome = projectStudent(
      doc,
      recorded("StudentUnenrolled", { studentId: "s-1", courseId: "retired-course" }),
    );
    expect(outcome).toMatchObject({ status: "applied", document: { enrolments: [] } });
  });

  it("skips an event that names another student than its stream", () => {
    expect(
      projectStudent(
        registered(),
        recorded("StudentDetailsUpdated", { studentId: "s-2", fullName: "Eve", email: "e@example.edu" }),
      ),
    ).toMatchObject({
      status: "skipped",
    });
  });

  it("turns anything that throws while projecting one event into that event's skip", () => {
    const hostile = recorded("StudentEnrolled", { studentId: "s-1", courseId: "web-development" });
    const broken = { ...registered(), enrolments: null } as unknown as StudentDocument;
    const outcome = projectStudent(broken, hostile);
    expect(outcome.status).toBe("skipped");
    expect(outcome.status === "skipped" && outcome.reason).toMatch(/^projection failed: /);
  });
});
