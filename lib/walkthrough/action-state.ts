/**
 * What every walkthrough and instructor action returns to `useActionState`: plain data, a closed union, each
 * message written for the person who pressed the button (it is shown in the form's live region).
 */
import type { StudentCommandResult } from "@/lib/students/command-result";

export type WalkthroughActionState =
  | Readonly<{ status: "idle" }>
  /** `params` are merged into the page's URL (e.g. the student just created), which re-renders the step. */
  | Readonly<{ status: "ok"; message: string; params?: Readonly<Record<string, string>> }>
  /** Optimistic concurrency: the append expected one revision, the stream was at another. */
  | Readonly<{ status: "conflict"; message: string; expected: number; actual: number }>
  /** The domain refused the command (a rule), or the input was not usable. */
  | Readonly<{ status: "rejected"; message: string }>
  /** Instructor controls without the access they need; the message says why and what to do. */
  | Readonly<{ status: "refused"; message: string }>
  | Readonly<{ status: "error"; message: string }>;

export const IDLE: WalkthroughActionState = { status: "idle" };

export const ok = (message: string, params?: Record<string, string>): WalkthroughActionState =>
  params ? { status: "ok", message, params } : { status: "ok", message };

export const rejected = (message: string): WalkthroughActionState => ({ status: "rejected", message });

export const failed = (message: string): WalkthroughActionState => ({ status: "error", message });

export function conflictMessage(expected: number, actual: number): string {
  return `Refused: this tab expected revision ${expected}, but the stream is already at revision ${actual}. Reload to see the other change.`;
}

/** Maps a students command handler's result; `okMessage` gets the new revision. */
export function fromStudentResult(
  result: StudentCommandResult,
  okMessage: (revision: number) => string,
  params?: (revision: number, studentId: string) => Record<string, string>,
): WalkthroughActionState {
  switch (result.status) {
    case "ok":
      return ok(okMessage(result.revision), params?.(result.revision, result.studentId));
    case "rejected":
      return rejected(result.error.message);
    case "conflict":
      return {
        status: "conflict",
        message: conflictMessage(result.expected, result.actual),
        expected: result.expected,
        actual: result.actual,
      };
    case "error":
      return failed(result.message);
    default: {
      const _exhaustive: never = result;
      return _exhaustive;
    }
  }
}
