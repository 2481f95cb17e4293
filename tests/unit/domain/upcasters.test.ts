import { describe, expect, it } from "vitest";
import { STUDENT_EVENT_SCHEMA_VERSIONS } from "@/lib/domain/student/events";
import { parseStudentEvent } from "@/lib/domain/student/parse-event";
import { MalformedEventDataError, studentUpcasters, upcastStudentRegisteredV1 } from "@/lib/domain/upcasters";

const v1Data = { studentId: "s-1", name: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "2000-12-10" };

describe("upcastStudentRegisteredV1", () => {
  it("renames name to fullName and keeps the other fields", () => {
    expect(upcastStudentRegisteredV1(v1Data)).toEqual({
      studentId: "s-1",
      fullName: "Ada Lovelace",
      email: "ada@example.com",
      dateOfBirth: "2000-12-10",
    });
  });

  it("produces data the current StudentRegistered parser accepts", () => {
    const result = parseStudentEvent({ type: "StudentRegistered", data: upcastStudentRegisteredV1(v1Data) });
    expect(result.ok).toBe(true);
  });

  it("drops fields that version 1 did not define", () => {
    expect(upcastStudentRegisteredV1({ ...v1Data, legacyFlag: true })).not.toHaveProperty("legacyFlag");
  });

  it("throws a MalformedEventDataError naming what is missing", () => {
    const { name: _name, ...withoutName } = v1Data;
    expect(() => upcastStudentRegisteredV1(withoutName)).toThrow(MalformedEventDataError);
    expect(() => upcastStudentRegisteredV1(withoutName)).toThrow(/name/);
    expect(() => upcastStudentRegisteredV1(null)).toThrow(MalformedEventDataError);
  });
});

describe("studentUpcasters", () => {
  it("registers StudentRegistered from version 1 up to the current version", () => {
    expect(studentUpcasters).toEqual([
      { type: "StudentRegistered", fromVersion: 1, toVersion: 2, upcast: upcastStudentRegisteredV1 },
    ]);
    expect(STUDENT_EVENT_SCHEMA_VERSIONS.StudentRegistered).toBe(2);
  });

  it("never leaves an event type below its current version", () => {
    for (const [type, current] of Object.entries(STUDENT_EVENT_SCHEMA_VERSIONS)) {
      let version = 1;
      for (let step = studentUpcasters.find((u) => u.type === type && u.fromVersion === version); step;) {
        version = step.toVersion;
        step = studentUpcasters.find((u) => u.type === type && u.fromVersion === version);
      }
      expect(version, type).toBe(current);
    }
  });
});
