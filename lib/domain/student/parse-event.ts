/**
 * Checks that a `{ type, data }` read from storage (after upcasting) is a student event of the current shape.
 * Only the structure is checked, not the input rules: those may tighten over time, and an event that was
 * valid when it was recorded must stay readable.
 */
import { readStringFields, type ReadFieldsResult } from "@/lib/domain/read-string-fields";
import type { StudentEvent } from "@/lib/domain/student/events";

export type ParseStudentEventResult =
  | Readonly<{ ok: true; event: StudentEvent }>
  | Readonly<{ ok: false; reason: string }>;

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

export function isStudentEvent(value: unknown): value is StudentEvent {
  return parseStudentEvent(value).ok;
}

function build<Key extends string>(
  fields: ReadFieldsResult<Key>,
  toEvent: (value: Record<Key, string>) => StudentEvent,
): ParseStudentEventResult {
  return fields.ok ? { ok: true, event: toEvent(fields.value) } : { ok: false, reason: fields.reason };
}
