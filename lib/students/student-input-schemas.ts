/**
 * The schemas the student forms are checked with before anything is loaded. The field rules are the
 * domain's own validators (lib/domain/student/validation.ts) wrapped for zod, so a rule lives in one place
 * and the form shows exactly the message `decide` would give.
 */
import { z } from "zod";
import { validateDateOfBirth, validateEmail, validateFullName, type Validated } from "@/lib/domain/student/validation";

/** What a student id may be so that "student-<id>" is a valid stream id (1–128 characters in all). */
const STUDENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,119}$/;

export function isStudentId(value: string): boolean {
  return STUDENT_ID.test(value);
}

function domainRule(validate: (raw: string) => Validated<string>) {
  return z.string().transform((raw, ctx) => {
    const result = validate(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.error.message, params: { code: result.error.code } });
    return z.NEVER;
  });
}

const fullName = domainRule(validateFullName);
const email = domainRule(validateEmail);
const dateOfBirth = (now: Date) => domainRule((raw) => validateDateOfBirth(raw, now));
const studentId = z.string().regex(STUDENT_ID, "Not a student id");
/** The revision the form was rendered at, sent back in a hidden input. */
const expectedRevision = z
  .string()
  .regex(/^\d{1,9}$/, "Not a revision")
  .transform(Number);
const courseId = z.string().trim().min(1, "Choose a course");

/** `now` decides what counts as a date in the past; the caller passes the request's time. */
export const registerStudentSchema = (now: Date) => z.object({ fullName, email, dateOfBirth: dateOfBirth(now) });

export const updateStudentDetailsSchema = z.object({ studentId, expectedRevision, fullName, email });

/** Enrol and unenrol both name a course of a student at the revision the user saw. */
export const enrolmentSchema = z.object({ studentId, expectedRevision, courseId });
