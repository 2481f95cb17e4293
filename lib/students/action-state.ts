/**
 * The state every student form's server action returns to `useActionState`. Plain data (it crosses the
 * server/client boundary) and a closed union, so each form can render every outcome.
 */
import type { DomainErrorCode } from "@/lib/domain/student/errors";
import type { StudentCommandResult } from "@/lib/students/command-result";
import type { FieldMessages } from "@/lib/students/parse-form";

/**
 * A conflict, in words: both revisions and what the other change was, so the person knows what they would
 * overwrite if they simply saved again.
 */
export function conflictMessage(expected: number, actual: number, otherChanges: readonly string[]): string {
  const changes = otherChanges.length > 0 ? ` (${otherChanges.join("; ")})` : "";
  return `Someone else changed this student: you saw revision ${expected}, it is now at revision ${actual}${changes}. Reload to see their change.`;
}

/** Fields a person fills in; errors on hidden fields (ids, revisions) are never theirs to fix. */
export type FormField = "fullName" | "email" | "dateOfBirth" | "courseId";

export type ActionState =
  | Readonly<{ status: "idle" }>
  | Readonly<{ status: "ok"; studentId: string; revision: number; message: string }>
  | Readonly<{ status: "invalid"; message: string; fieldErrors: FieldMessages<FormField> }>
  | Readonly<{ status: "rejected"; code: DomainErrorCode; message: string }>
  | Readonly<{ status: "conflict"; message: string; expected: number; actual: number; otherChanges: readonly string[] }>
  | Readonly<{ status: "error"; message: string }>;

export const IDLE: ActionState = { status: "idle" };

export const INVALID_MESSAGE = "Some details need correcting";

export const STALE_FORM: ActionState = {
  status: "error",
  message: "This form could not be read; reload the page and try again",
};

export function invalid(fieldErrors: FieldMessages<string>): ActionState {
  const shown: FieldMessages<FormField> = {};
  for (const field of ["fullName", "email", "dateOfBirth", "courseId"] as const) {
    if (fieldErrors[field]) shown[field] = fieldErrors[field];
  }
  // An error only on a hidden field means the page was tampered with or is out of date.
  if (Object.keys(shown).length === 0) return STALE_FORM;
  return { status: "invalid", message: INVALID_MESSAGE, fieldErrors: shown };
}

export function fromCommandResult(
  result: StudentCommandResult,
  okMessage: (eventsAppended: number) => string,
): ActionState {
  switch (result.status) {
    case "ok":
      return {
        status: "ok",
        studentId: result.studentId,
        revision: result.revision,
        message: okMessage(result.eventsAppended),
      };
    case "rejected": {
      const { error } = result;
      if (error.code === "invalid_input") {
        const fieldErrors = Object.fromEntries(
          Object.entries(error.fieldErrors).map(([field, e]) => [field, e.message]),
        );
        return invalid(fieldErrors);
      }
      return { status: "rejected", code: error.code, message: error.message };
    }
    case "conflict":
      return {
        status: "conflict",
        message: conflictMessage(result.expected, result.actual, result.otherChanges),
        expected: result.expected,
        actual: result.actual,
        otherChanges: result.otherChanges,
      };
    case "error":
      return { status: "error", message: result.message };
    default: {
      const _exhaustive: never = result;
      return _exhaustive;
    }
  }
}
