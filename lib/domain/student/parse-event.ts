/**
 * Checks that a `{ type, data }` read from storage (after upcasting) is a student event of the current shape.
 * Only the structure is checked, not the input rules: those may tighten over time, and an event that was
 * valid when it was recorded must stay readable.
 */
import { readStringFields, type ReadFieldsResult } from "@/lib/domain/read-string-fields";
import type { StudentEvent } from "@/lib/domain/student/events";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";

export type ParseStudentEventResult =
  Readonly<{ ok: true; event: StudentEvent }> | Readonly<{ ok: false; reason: string }>;

export function parseStudentEvent(value: unknown): ParseStudentEventResult {
  if (typeof value !== "object" || value === null) return { ok: false, reason: "not an object" };
  const type: unknown = "type" in value ? value.type : undefined;
  const data: unknown = "data" in value ? value.data : undefined;
  switch (type) {
    case "StudentRegistered":
      return build(readStringFields(data, ["studentId", "fullName", "email", "dateOfBirth"]), (fields) => ({
        type,
        data: fields,
      }));
    case "StudentDetailsUpdated":
      return build(readStringFields(data, ["studentId", "fullName", "email"]), (fields) => ({ type, data: fields }));
    case "StudentEnrolled":
    case "StudentUnenrolled":
      return build(readStringFields(data, ["studentId", "courseId"]), (fields) => ({ type, data: fields }));
    default:
      return { ok: false, reason: `unknown event type: ${String(type)}` };
  }
}

/** What every reader of a stored student event has: where it is stored, and what upcasting made of it. */
export type RecordedStudentEventInput = Readonly<{
  streamId: string;
  type: string;
  data: unknown;
  upcastError?: string;
}>;

/**
 * A stored event as a student event, or why it is not one: its upcast failed, it is not a student event of
 * the current shape, or it names a student other than the one whose stream holds it. Every reader (the
 * command loop, the student page, the projector, the rebuild, the walkthrough) uses this one rule, so they
 * all fold the same events and skip the same ones.
 */
export function readRecordedStudentEvent(recorded: RecordedStudentEventInput): ParseStudentEventResult {
  if (recorded.upcastError) return { ok: false, reason: recorded.upcastError };
  const owner = studentIdOfStream(recorded.streamId);
  if (owner === undefined) return { ok: false, reason: "not a student stream" };
  const parsed = parseStudentEvent(recorded);
  if (!parsed.ok || parsed.event.data.studentId === owner) return parsed;
  return { ok: false, reason: "studentId does not match the student of its stream" };
}

export function isStudentEvent(value: unknown): value is StudentEvent {
  return parseStudentEvent(value).ok;
}

function build<Key extends string>(
  fields: ReadFieldsResult<Key>,
  toEvent: (value: Record<Key, string>) => StudentEvent,
): ParseStudentEventResult {
  return fields.ok ? { ok: true, event: toEvent(fields.value) } : { ok: false, reason: fields.reason };
}
