/**
 * The outcome of an action, in a live region that is always in the page so screen readers announce what
 * appears in it. A conflict shows the expected and the actual revision side by side.
 */
import type { ActionState } from "@/lib/forms/action-state";

const TONES: Record<ActionState["status"], string> = {
  idle: "text-muted",
  ok: "text-ok",
  invalid: "text-bad",
  conflict: "text-bad",
  rejected: "text-bad",
  refused: "text-warn",
  error: "text-bad",
};

export function ActionStatus({ state, testId }: { state: ActionState; testId?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-status={state.status}
      data-testid={testId}
      className={`min-h-5 text-sm ${TONES[state.status]}`}
    >
      {state.status === "idle" ? null : state.status === "conflict" ? (
        <div className="space-y-2 rounded-md bg-bad-surface p-3 text-bad">
          <p className="font-semibold">WrongExpectedRevisionError</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 font-mono tabular-nums">
            <dt>expected</dt>
            <dd data-testid="conflict-expected">{state.expected}</dd>
            <dt>actual</dt>
            <dd data-testid="conflict-actual">{state.actual}</dd>
          </dl>
          <p>{state.message}</p>
        </div>
      ) : state.status === "refused" ? (
        <p className="rounded-md bg-warn-surface p-3">{state.message}</p>
      ) : (
        <p>{state.message}</p>
      )}
    </div>
  );
}
