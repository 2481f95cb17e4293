/**
 * The rules a student command can break. Every error is a value (never thrown) with a stable `code` for
 * code to branch on and a `message` written for the person who sent the command: all of them may be shown.
 */
import { courseTitle } from "@/lib/domain/courses";
import type { FieldError } from "@/lib/domain/student/validation";

export type StudentField = "fullName" | "email" | "dateOfBirth";

export type FieldErrors = Readonly<Partial<Record<StudentField, FieldError>>>;

export type DomainError =
  | Readonly<{ code: "student_not_found"; message: string }>
  | Readonly<{ code: "student_already_exists"; message: string }>
  | Readonly<{ code: "invalid_input"; message: string; fieldErrors: FieldErrors }>
  | Readonly<{ code: "unknown_course"; message: string; courseId: string }>
  | Readonly<{ code: "already_enrolled"; message: string; courseId: string }>
  | Readonly<{ code: "not_enrolled"; message: string; courseId: string }>
  | Readonly<{ code: "too_many_courses"; message: string; limit: number }>
  | Readonly<{ code: "course_full"; message: string; courseId: string; capacity: number }>
  | Readonly<{ code: "seat_count_unavailable"; message: string; courseId: string }>;

export type DomainErrorCode = DomainError["code"];

export const studentNotFound = (): DomainError => ({
  code: "student_not_found",
  message: "This student is not registered",
});

export const studentAlreadyExists = (): DomainError => ({
  code: "student_already_exists",
  message: "This student is already registered",
});

export const invalidInput = (fieldErrors: FieldErrors): DomainError => ({
  code: "invalid_input",
  message: "Some details need correcting",
  fieldErrors,
});

export const unknownCourse = (courseId: string): DomainError => ({
  code: "unknown_course",
  message: `There is no course "${courseId}"`,
  courseId,
});

export const alreadyEnrolled = (courseId: string): DomainError => ({
  code: "already_enrolled",
  message: `Already enrolled in ${courseTitle(courseId)}`,
  courseId,
});

export const notEnrolled = (courseId: string): DomainError => ({
  code: "not_enrolled",
  message: `Not enrolled in ${courseTitle(courseId)}`,
  courseId,
});

export const tooManyCourses = (limit: number): DomainError => ({
  code: "too_many_courses",
  message: `Already enrolled in ${limit} courses, the most a student may take: leave one before joining another`,
  limit,
});

export const courseFull = (courseId: string, capacity: number): DomainError => ({
  code: "course_full",
  message: `${courseTitle(courseId)} is full (all ${capacity} seats are taken)`,
  courseId,
  capacity,
});

/** The caller could not say how many seats are taken, so capacity cannot be checked: refuse rather than guess. */
export const seatCountUnavailable = (courseId: string): DomainError => ({
  code: "seat_count_unavailable",
  message: `Could not check the seats left in ${courseTitle(courseId)}; please try again`,
  courseId,
});
