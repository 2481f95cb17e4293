import { describe, expect, it } from "vitest";
import { STUDENT_EVENT_TYPES, STUDENT_EVENT_SCHEMA_VERSIONS } from "@/lib/domain/student/events";
import { isStudentEvent, parseStudentEvent } from "@/lib/domain/student/parse-event";
import { adaRegistered, detailsUpdated, enrolled, unenrolled } from "@/tests/unit/domain/fixtures";

describe("parseStudentEvent", () => {
  it.each([
    adaRegistered,
    detailsUpdated("Ada King", "ada@example.com"),
    enrolled("web-development"),
    unenrolled("web-development"),
  ])("accepts a $type of the current shape", (event) => {
    expect(parseStudentEvent(structuredClone(event))).toEqual({ ok: true, event });
  });

  it("copies only the fields the event type defines", () => {
    const stored = {
      type: "StudentEnrolled",
      data: { studentId: "s-1", courseId: "web-development", extra: 1 },
      id: "e-1",
    };
    expect(parseStudentEvent(stored)).toEqual({
      ok: true,
      event: { type: "StudentEnrolled", data: { studentId: "s-1", courseId: "web-development" } },
    });
  });

  it("rejects an unknown event type", () => {
    expect(parseStudentEvent({ type: "StudentGraduated", data: {} })).toEqual({
      ok: false,
      reason: "unknown event type: StudentGraduated",
    });
  });

  it("rejects a StudentRegistered still in the version 1 shape, which upcasting should have fixed", () => {
    const v1 = {
      type: "StudentRegistered",
      data: { studentId: "s-1", name: "Ada", email: "a@b.co", dateOfBirth: "2000-01-01" },
    };
    expect(parseStudentEvent(v1)).toEqual({ ok: false, reason: "missing or non-string fields: fullName" });
  });

  it("rejects fields of the wrong type", () => {
    expect(parseStudentEvent({ type: "StudentUnenrolled", data: { studentId: "s-1", courseId: 7 } }).ok).toBe(false);
  });

  it("rejects values that are not event objects", () => {
    for (const value of [null, undefined, "StudentEnrolled", 42, { type: "StudentEnrolled" }, { data: {} }]) {
      expect(parseStudentEvent(value).ok, JSON.stringify(value)).toBe(false);
    }
    expect(parseStudentEvent({ type: "StudentEnrolled", data: ["s-1", "web-development"] }).ok).toBe(false);
  });
});

describe("isStudentEvent", () => {
  it("tells student events from anything else", () => {
    expect(isStudentEvent(adaRegistered)).toBe(true);
    expect(isStudentEvent({ type: "StudentEnrolled", data: { studentId: "s-1" } })).toBe(false);
  });
});

describe("STUDENT_EVENT_SCHEMA_VERSIONS", () => {
  it("gives a version for every event type, with StudentRegistered at version 2", () => {
    expect(Object.keys(STUDENT_EVENT_SCHEMA_VERSIONS).sort()).toEqual([...STUDENT_EVENT_TYPES].sort());
    expect(STUDENT_EVENT_SCHEMA_VERSIONS).toEqual({
      StudentRegistered: 2,
      StudentDetailsUpdated: 1,
      StudentEnrolled: 1,
      StudentUnenrolled: 1,
    });
  });
});
