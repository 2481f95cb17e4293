"use client";
/**
 * The outcome of a form's last submission, in a live region that is always in the page (so screen readers
 * announce what appears in it). A conflict also offers to reload the student as it is now.
 */
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { secondaryButton } from "@/components/ui/styles";

export function FormStatus({ state }: { state: ActionState }) {
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  const message = state.status === "idle" ? "" : state.message;
  const tone = state.status === "ok" ? "text-ok" : "text-bad";
  return (
    <div className="space-y-2">
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-status={state.status}
        className={`min-h-5 text-sm ${tone}`}
      >
        {message}
      </p>
      {state.status === "conflict" && (
        <button
          type="button"
          className={secondaryButton}
          disabled={reloading}
          onClick={() => startReload(() => router.refresh())}
        >
          {reloading ? "Reloading…" : "Reload student"}
        </button>
      )}
    </div>
  );
}
