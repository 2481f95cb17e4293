import { describe, expect, it } from "vitest";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";

const registered = (streamId: string, studentId: string) => ({
  streamId,
  type: "StudentRegistered",
  data: { studentId, fullName: "Ada", email: "ada@example.edu", dateOfBirth: "2000-01-01" },
});

describe("readRecordedStudentEvent", () => {
  it("reads a student event stored in its own student's stream", () => {
    expect(readRecordedStudentEvent(registered("student-s-1", "s-1"))).toMatchObject({
      ok: true,
      event: { type: "StudentRegistered" },
    });
  });

  it("refuses an event naming another student than its stream's, byte for byte (case twins included)", () => {
    const reason = "studentId does not match the student of its stream";
    expect(readRecordedStudentEvent(registered("student-s-1", "s-2"))).toEqual({ ok: false, reason });
    expect(readRecordedStudentEvent(registered("student-ab", "AB"))).toEqual({ ok: false, reason });
  });

  it("refuses events outside student streams and events whose upcast failed", () => {
    expect(readRecordedStudentEvent(registered("orders-1", "s-1"))).toEqual({
      ok: false,
      reason: "not a student stream",
    });
    expect(readRecordedStudentEvent({ ...registered("student-s-1", "s-1"), upcastError: "cannot upcast" })).toEqual({
      ok: false,
      reason: "cannot upcast",
    });
  });
});
