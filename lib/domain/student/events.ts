/**
 * Facts about one student, in the past tense. One stream holds one student's events. The data is what the
 * event store persists for ever, so changing a shape means raising its schema version and adding an upcaster
 * (see lib/domain/upcasters.ts); old events are never rewritten.
 */
type Event<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

export type StudentRegistered = Event<
  "StudentRegistered",
  {
    studentId: string;
    fullName: string;
    email: string;
    /** ISO calendar date, YYYY-MM-DD. */
    dateOfBirth: string;
  }
>;

/** Carries both fields even when only one changed: readers never need the previous event to rebuild details. */
export type StudentDetailsUpdated = Event<
  "StudentDetailsUpdated",
  { studentId: string; fullName: string; email: string }
>;

export type StudentEnrolled = Event<"StudentEnrolled", { studentId: string; courseId: string }>;

export type StudentUnenrolled = Event<"StudentUnenrolled", { studentId: string; courseId: string }>;

export type StudentEvent = StudentRegistered | StudentDetailsUpdated | StudentEnrolled | StudentUnenrolled;

export type StudentEventType = StudentEvent["type"];

/** The data of one event type, e.g. `StudentEventData<"StudentEnrolled">`. */
export type StudentEventData<Type extends StudentEventType = StudentEventType> = Extract<
  StudentEvent,
  { type: Type }
>["data"];

/** The shape each event type is written with today. Version 1 of StudentRegistered called the name `name`. */
export const STUDENT_EVENT_SCHEMA_VERSIONS = {
  StudentRegistered: 2,
  StudentDetailsUpdated: 1,
  StudentEnrolled: 1,
  StudentUnenrolled: 1,
} as const satisfies Record<StudentEventType, number>;

export const STUDENT_EVENT_TYPES: readonly StudentEventType[] = [
  "StudentRegistered",
  "StudentDetailsUpdated",
  "StudentEnrolled",
  "StudentUnenrolled",
];
