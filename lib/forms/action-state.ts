/**
 * What every form's server action returns to `useActionState` (the student pages, the walkthrough's "Do it"
 * buttons, the instructor's controls): plain data that crosses the server/client boundary, one closed union,
 * each message written for the person who pressed the button. One mapper turns a command's result into it.
 */
import type { DomainErrorCode } from "@/lib/domain/student/errors";
import type { FieldMessages } from "@/lib/forms/parse-form";
import type { StudentCommandResult } from "@/lib/students/command-result";

/** Fields a person fills in; errors on hidden fields (ids, revisions) are never theirs to fix. */
export type FormField = "fullName" | "email" | "dateOfBirth" | "courseId" | "className" | "displayName";

export type ActionState =
  | Readonly<{ status: "idle" }>
  /**
   * `studentId` and `revision` when a command ran; `params` are merged into the page's URL (the walkthrough
   * re-renders its step with them, e.g. the student just created).
   */
  | Readonly<{
      status: "ok";
      message: string;
      studentId?: string;
      revision?: number;
      params?: Readonly<Record<string, string>>;
    }>
  | Readonly<{ status: "invalid"; message: string; fieldErrors: FieldMessages<FormField> }>
  /** The domain refused the command (a rule), or the input was not usable. */
  | Readonly<{ status: "rejected"; message: string; code?: DomainErrorCode }>
  /** Optimistic concurrency: the append expected one revision, the stream was at another. */
  | Readonly<{ status: "conflict"; message: string; expected: number; actual: number; otherChanges: readonly string[] }>
  /** Instructor controls without the access they need; the message says why and what to do. */
  | Readonly<{ status: "refused"; message: string }>
  | Readonly<{ status: "error"; message: string }>;

export const IDLE: ActionState = { status: "idle" };

export const INVALID_MESSAGE = "Some details need correcting";

export const STALE_FORM: ActionState = {
  status: "error",
  message: "This form could not be read; reload the page and try again",
};

export const ok = (message: string, params?: Record<string, string>): ActionState =>
  params ? { status: "ok", message, params } : { status: "ok", message };

export const rejected = (message: string): ActionState => ({ status: "rejected", message });

export const refused = (message: string): ActionState => ({ status: "refused", message });

export const failed = (message: string): ActionState => ({ status: "error", message });

export function invalid(fieldErrors: FieldMessages<string>): ActionState {
  const shown: FieldMessages<FormField> = {};
  for (const field of ["fullName", "email", "dateOfBirth", "courseId", "className", "displayName"] as const) {
    if (fieldErrors[field]) shown[field] = fieldErrors[field];
  }
  // An error only on a hidden field means the page was tampered with or is out of date.
  if (Object.keys(shown).length === 0) return STALE_FORM;
  return { status: "invalid", message: INVALID_MESSAGE, fieldErrors: shown };
}

/**
 * A conflict, in words: both revisions and what the other change was, so the person knows what they would
 * overwrite if they simply saved again.
 */
export function conflictMessage(expected: number, actual: number, otherChanges: readonly string[]): string {
  const changes = otherChanges.length > 0 ? ` (${otherChanges.join("; ")})` : "";
  return `Someone else changed this student: you saw revision ${expected}, it is now at revision ${actual}${changes}. Reload to see their change.`;
}

export type Saved = Readonly<{ studentId: string; revision: number; eventsAppended: number }>;

/** The one mapper from a command's result to what the form shows; `okMessage` and `params` see what was saved. */
export function fromCommandResult(
  result: StudentCommandResult,
  okMessage: (saved: Saved) => string,
  params?: (saved: Saved) => Record<string, string>,
): ActionState {
  switch (result.status) {
    case "ok": {
      const { studentId, revision } = result;
      return {
        status: "ok",
        message: okMessage(result),
        studentId,
        revision,
        ...(params ? { params: params(result) } : {}),
      };
    }
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
      return failed(result.message);
    default: {
      const _exhaustive: never = result;
      return _exhaustive;
    }
  }
}
