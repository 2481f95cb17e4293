/**
 * The student's rules: given a command and the state folded from the student's stream, decide which events
 * happen. Pure: time and the course's seat count come in through `context`. A broken rule is returned as a
 * DomainError, never thrown, so a server action can pass it straight to the user.
 */
import { findCourse, MAX_COURSES_PER_STUDENT, type Course } from "@/lib/domain/courses";
import type {
  EnrolStudent,
  RegisterStudent,
  StudentCommand,
  UnenrolStudent,
  UpdateStudentDetails,
} from "@/lib/domain/student/commands";
import {
  alreadyEnrolled,
  courseFull,
  invalidInput,
  notEnrolled,
  seatCountUnavailable,
  studentAlreadyExists,
  studentNotFound,
  tooManyCourses,
  unknownCourse,
  type DomainError,
  type FieldErrors,
  type StudentField,
} from "@/lib/domain/student/errors";
import type { StudentEvent } from "@/lib/domain/student/events";
import type { RegisteredStudent, StudentState } from "@/lib/domain/student/state";
import {
  validateDateOfBirth,
  validateEmail,
  validateFullName,
  type FieldError,
  type Validated,
} from "@/lib/domain/student/validation";

export type DecideContext = Readonly<{
  now: Date;
  /**
   * Seats taken in the course named by an EnrolStudent command, folded by the caller from the course's seat
   * events (lib/domain/course-seats.ts). Ignored by the other commands.
   */
  seatsTaken?: number;
  /** The courses to decide against; the catalogue (COURSES) when absent. */
  catalogue?: readonly Course[];
}>;

export type DecideResult =
  Readonly<{ ok: true; events: readonly StudentEvent[] }> | Readonly<{ ok: false; error: DomainError }>;

export function decide(command: StudentCommand, state: StudentState, context: DecideContext): DecideResult {
  switch (command.type) {
    case "RegisterStudent":
      return registerStudent(command, state, context.now);
    case "UpdateStudentDetails":
      return updateStudentDetails(command, state);
    case "EnrolStudent":
      return enrolStudent(command, state, context);
    case "UnenrolStudent":
      return unenrolStudent(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

const accept = (...events: StudentEvent[]): DecideResult => ({ ok: true, events });
const reject = (error: DomainError): DecideResult => ({ ok: false, error });

function registerStudent(command: RegisterStudent, state: StudentState, now: Date): DecideResult {
  if (state.status === "registered") return reject(studentAlreadyExists());
  const fullName = validateFullName(command.data.fullName);
  const email = validateEmail(command.data.email);
  const dateOfBirth = validateDateOfBirth(command.data.dateOfBirth, now);
  if (!fullName.ok || !email.ok || !dateOfBirth.ok) {
    return reject(invalidInput(fieldErrors({ fullName, email, dateOfBirth })));
  }
  const { studentId } = command.data;
  return accept({
    type: "StudentRegistered",
    data: { studentId, fullName: fullName.value, email: email.value, dateOfBirth: dateOfBirth.value },
  });
}

function updateStudentDetails(command: UpdateStudentDetails, state: StudentState): DecideResult {
  const student = existingStudent(state, command.data.studentId);
  if (!student) return reject(studentNotFound());
  const fullName = validateFullName(command.data.fullName);
  const email = validateEmail(command.data.email);
  if (!fullName.ok || !email.ok) return reject(invalidInput(fieldErrors({ fullName, email })));
  // Compared after normalising, so re-submitting the form unchanged (or with stray spaces) records nothing.
  if (fullName.value === student.fullName && email.value === student.email) return accept();
  return accept({
    type: "StudentDetailsUpdated",
    data: { studentId: student.studentId, fullName: fullName.value, email: email.value },
  });
}

function enrolStudent(command: EnrolStudent, state: StudentState, context: DecideContext): DecideResult {
  const student = existingStudent(state, command.data.studentId);
  if (!student) return reject(studentNotFound());
  const { courseId } = command.data;
  const { seatsTaken, catalogue } = context;
  const course = findCourse(courseId, catalogue);
  if (!course) return reject(unknownCourse(courseId));
  if (student.courses.includes(courseId)) return reject(alreadyEnrolled(courseId));
  if (student.courses.length >= MAX_COURSES_PER_STUDENT) return reject(tooManyCourses(MAX_COURSES_PER_STUDENT));
  if (seatsTaken === undefined) return reject(seatCountUnavailable(courseId));
  if (seatsTaken >= course.capacity) return reject(courseFull(courseId, course.capacity));
  return accept({ type: "StudentEnrolled", data: { studentId: student.studentId, courseId } });
}

function unenrolStudent(command: UnenrolStudent, state: StudentState): DecideResult {
  const student = existingStudent(state, command.data.studentId);
  if (!student) return reject(studentNotFound());
  const { courseId } = command.data;
  // Enrolment is checked first so a student can still leave a course that has since left the catalogue.
  if (!student.courses.includes(courseId)) {
    return reject(findCourse(courseId) ? notEnrolled(courseId) : unknownCourse(courseId));
  }
  return accept({ type: "StudentUnenrolled", data: { studentId: student.studentId, courseId } });
}

/** A state folded from another student's stream is a caller's mistake; to this command that student does not exist. */
function existingStudent(state: StudentState, studentId: string): RegisteredStudent | undefined {
  return state.status === "registered" && state.studentId === studentId ? state : undefined;
}

function fieldErrors(checks: Readonly<Partial<Record<StudentField, Validated<unknown>>>>): FieldErrors {
  const errors: Partial<Record<StudentField, FieldError>> = {};
  for (const field of ["fullName", "email", "dateOfBirth"] as const) {
    const check = checks[field];
    if (check && !check.ok) errors[field] = check.error;
  }
  return errors;
}
