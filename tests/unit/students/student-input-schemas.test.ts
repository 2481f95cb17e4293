import { describe, expect, it } from "vitest";
import { parseForm } from "@/lib/forms/parse-form";
import {
  enrolmentSchema,
  registerStudentSchema,
  updateStudentDetailsSchema,
} from "@/lib/students/student-input-schemas";

const NOW = new Date("2026-01-16T12:00:00Z");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const registration = { fullName: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "2000-12-10" };

describe("the registration form schema", () => {
  it("accepts good details and returns them normalised as the domain stores them", () => {
    const parsed = parseForm(
      registerStudentSchema(NOW),
      form({ fullName: "  Ada Lovelace ", email: " Ada@Example.COM", dateOfBirth: "2000-12-10" }),
    );
    expect(parsed).toEqual({
      ok: true,
      value: { fullName: "Ada Lovelace", email: "Ada@example.com", dateOfBirth: "2000-12-10" },
    });
  });

  it("gives a field error for a bad email, with the domain's message", () => {
    const parsed = parseForm(registerStudentSchema(NOW), form({ ...registration, email: "ada-at-example" }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { email: "Enter a valid email address, like name@example.com" } });
  });

  it("reports every bad field at once, one message each", () => {
    const parsed = parseForm(
      registerStudentSchema(NOW),
      form({ fullName: "   ", email: "", dateOfBirth: "2000-02-30" }),
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        fullName: "Enter a full name",
        email: "Enter an email address",
        dateOfBirth: "Enter a real date as YYYY-MM-DD",
      },
    });
  });

  it("treats a missing field as empty, so the message is the rule's, not a type error", () => {
    const parsed = parseForm(registerStudentSchema(NOW), form({ email: "ada@example.com", dateOfBirth: "2000-12-10" }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { fullName: "Enter a full name" } });
  });

  it("judges the date of birth against the time it is given", () => {
    const sixteenTomorrow = form({ ...registration, dateOfBirth: "2010-01-17" });
    expect(parseForm(registerStudentSchema(NOW), sixteenTomorrow)).toEqual({
      ok: false,
      fieldErrors: { dateOfBirth: "Students must be at least 16 years old" },
    });
    expect(parseForm(registerStudentSchema(new Date("2026-01-17T00:00:00Z")), sixteenTomorrow).ok).toBe(true);
    expect(parseForm(registerStudentSchema(NOW), form({ ...registration, dateOfBirth: "2026-01-16" }))).toMatchObject({
      fieldErrors: { dateOfBirth: "Date of birth must be in the past" },
    });
  });

  it("rejects a name longer than 100 characters", () => {
    const parsed = parseForm(registerStudentSchema(NOW), form({ ...registration, fullName: "x".repeat(101) }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { fullName: "Full name must be at most 100 characters" } });
  });
});

describe("the update-details form schema", () => {
  const update = {
    studentId: "3f1c2b8e-1d2a-4c55-9a0b-2b8f6f0e1a11",
    expectedRevision: "4",
    fullName: "Ada King",
    email: "ada@example.org",
  };

  it("reads the revision the user saw as a number", () => {
    expect(parseForm(updateStudentDetailsSchema, form(update))).toEqual({
      ok: true,
      value: { ...update, expectedRevision: 4 },
    });
  });

  it("gives a field error for a bad email and leaves the other fields alone", () => {
    expect(parseForm(updateStudentDetailsSchema, form({ ...update, email: "ada@" }))).toEqual({
      ok: false,
      fieldErrors: { email: "Enter a valid email address, like name@example.com" },
    });
  });

  it.each([["-1"], ["1.5"], ["four"], [""]])("refuses %j as an expected revision", (expectedRevision) => {
    expect(parseForm(updateStudentDetailsSchema, form({ ...update, expectedRevision }))).toEqual({
      ok: false,
      fieldErrors: { expectedRevision: "Not a revision" },
    });
  });

  it.each([["student/../x"], [""], ["-leading-dash"], ["x".repeat(121)]])("refuses %j as a student id", (studentId) => {
    expect(parseForm(updateStudentDetailsSchema, form({ ...update, studentId }))).toEqual({
      ok: false,
      fieldErrors: { studentId: "Not a student id" },
    });
  });
});

describe("the enrolment form schema", () => {
  it("asks for a course when none was chosen", () => {
    const parsed = parseForm(enrolmentSchema, form({ studentId: "s-1", expectedRevision: "1", courseId: "" }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { courseId: "Choose a course" } });
  });

  it("leaves whether a course exists to the domain", () => {
    const parsed = parseForm(
      enrolmentSchema,
      form({ studentId: "s-1", expectedRevision: "1", courseId: "basket-weaving" }),
    );
    expect(parsed).toEqual({ ok: true, value: { studentId: "s-1", expectedRevision: 1, courseId: "basket-weaving" } });
  });
});
