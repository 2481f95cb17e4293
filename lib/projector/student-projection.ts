/**
 * The students read model as a projection: a pure `evolve(document | undefined, event)` over the events of one
 * student stream. The incremental projector and the rebuild both fold with this one function, so a rebuilt
 * read model cannot drift from the incrementally projected one.
 */
import { findCourse } from "@/lib/domain/courses";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import type { RecordedEvent } from "@/lib/event-store/types";
import { READ_MODEL_LIMITS } from "@/lib/read-model/schema";
import type { StudentDocument } from "@/lib/domain/student/student-document";
import { sandboxOfStream } from "@/lib/domain/sandbox";

export type ProjectionOutcome =
  | { status: "applied"; document: StudentDocument | undefined }
  /** A student event this projection cannot use (unknown type or shape): recorded as skipped, never fatal. */
  | { status: "skipped"; reason: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** At most `max` characters (code points, as varchar(n) counts them); the UTF-16 length, an upper bound, settles most. */
const fits = (text: string, max: number) => text.length <= max || [...text].length <= max;

const isCalendarDate = (date: string) =>
  ISO_DATE.test(date) &&
  !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
  new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/**
 * Why a document cannot be stored in the read model's columns, if it cannot. Only what differs from the
 * document the event was applied to is checked: that one was stored, so it fit.
 */
function misfit(doc: StudentDocument, before: StudentDocument | undefined): string | undefined {
  if (doc.studentId !== before?.studentId && !fits(doc.studentId, READ_MODEL_LIMITS.studentId))
    return "student id too long for the read model";
  if (doc.fullName !== before?.fullName && !fits(doc.fullName, READ_MODEL_LIMITS.fullName))
    return `full name longer than ${READ_MODEL_LIMITS.fullName} characters`;
  if (doc.email !== before?.email && !fits(doc.email, READ_MODEL_LIMITS.email))
    return `email longer than ${READ_MODEL_LIMITS.email} characters`;
  if (doc.dateOfBirth !== before?.dateOfBirth && !isCalendarDate(doc.dateOfBirth))
    return "date of birth is not a calendar date";
  if (
    doc.enrolments !== before?.enrolments &&
    doc.enrolments.some((e) => !fits(e.courseId, READ_MODEL_LIMITS.courseId))
  ) {
    return "course id too long for the read model";
  }
  return undefined;
}

/**
 * One event's effect on the document. Whatever goes wrong with this one event (its upcast, its shape, its
 * student id, a rule of this projection, even an exception) is this event's problem: it is skipped with the
 * reason, and the document stays as it was. A stored event therefore can never stop the projector.
 */
export function projectStudent(document: StudentDocument | undefined, event: RecordedEvent): ProjectionOutcome {
  try {
    const outcome = evolveDocument(document, event);
    if (outcome.status === "skipped" || !outcome.document) return outcome;
    const reason = misfit(outcome.document, document);
    return reason ? { status: "skipped", reason: `does not fit the read model: ${reason}` } : outcome;
  } catch (error) {
    return {
      status: "skipped",
      reason: `projection failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The document with `change`, as of `event`. */
function touched(
  document: StudentDocument,
  event: RecordedEvent,
  change: Partial<StudentDocument> = {},
): StudentDocument {
  return { ...document, ...change, revision: event.revision, updatedAt: event.recordedAt };
}

function evolveDocument(document: StudentDocument | undefined, event: RecordedEvent): ProjectionOutcome {
  const parsed = readRecordedStudentEvent(event);
  if (!parsed.ok) return { status: "skipped", reason: parsed.reason };
  const domainEvent = parsed.event;
  switch (domainEvent.type) {
    case "StudentRegistered": {
      if (document) return { status: "skipped", reason: "student already registered" };
      const { studentId, fullName, email, dateOfBirth } = domainEvent.data;
      return {
        status: "applied",
        document: {
          sandbox: sandboxOfStream(event.streamId),
          studentId,
          fullName,
          email,
          dateOfBirth,
          enrolments: [],
          registeredAt: event.recordedAt,
          updatedAt: event.recordedAt,
          revision: event.revision,
        },
      };
    }
    case "StudentDetailsUpdated":
      if (!document) return { status: "skipped", reason: "student not registered" };
      return {
        status: "applied",
        document: touched(document, event, { fullName: domainEvent.data.fullName, email: domainEvent.data.email }),
      };
    case "StudentEnrolled": {
      if (!document) return { status: "skipped", reason: "student not registered" };
      const { courseId } = domainEvent.data;
      // The domain refuses such a command; an event appended past it (over the HTTP API) gets no row.
      if (!findCourse(courseId)) return { status: "skipped", reason: `course ${courseId} is not in the catalogue` };
      if (document.enrolments.some((e) => e.courseId === courseId))
        return { status: "applied", document: touched(document, event) };
      return {
        status: "applied",
        document: touched(document, event, {
          enrolments: [...document.enrolments, { courseId, since: event.recordedAt, revision: event.revision }],
        }),
      };
    }
    case "StudentUnenrolled": {
      if (!document) return { status: "skipped", reason: "student not registered" };
      const enrolments = document.enrolments.filter((e) => e.courseId !== domainEvent.data.courseId);
      return { status: "applied", document: touched(document, event, { enrolments }) };
    }
    default: {
      const _exhaustive: never = domainEvent;
      return _exhaustive;
    }
  }
}
