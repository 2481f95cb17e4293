"use client";
/**
 * Pause, delay or resume the projector: one form, one submit button per command, so the outcome (or why the
 * instructor controls refused) appears right under the buttons that were pressed.
 */
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { projectorControlAction } from "@/app/walkthrough/actions";
import { inputBase, inputBorder, secondaryButton } from "@/components/ui/styles";
import { ActionStatus } from "@/components/walkthrough/action-status";
import { useFocusAfterSubmit } from "@/components/walkthrough/use-focus-after-submit";
import { IDLE } from "@/lib/forms/action-state";

function CommandButton({ command, children }: { command: "pause" | "resume" | "delay"; children: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="command" value={command} disabled={pending} className={secondaryButton}>
      {children}
    </button>
  );
}

export function ProjectorControls({ paused, delayMs }: { paused: boolean; delayMs: number }) {
  const router = useRouter();
  const [state, action] = useActionState(projectorControlAction, IDLE);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, state);
  // The step 4 panel and the instructor panel can both be on the page.
  const delayId = useId();
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  return (
    <form ref={form} action={action} aria-label="Projector controls" className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <CommandButton command="pause">Pause projector</CommandButton>
        <CommandButton command="resume">Resume projector</CommandButton>
        <div className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor={delayId} className="block text-xs font-medium text-muted">
              Delay (seconds)
            </label>
            <input
              id={delayId}
              name="seconds"
              type="number"
              min={1}
              max={60}
              defaultValue={delayMs > 0 ? delayMs / 1000 : 5}
              className={`${inputBase} ${inputBorder(false)} w-20 py-1.5`}
            />
          </div>
          <CommandButton command="delay">Delay projector</CommandButton>
        </div>
      </div>
      <p className="text-xs text-muted" data-testid="projector-control">
        Asked for: {paused ? "paused" : delayMs > 0 ? `running ${delayMs / 1000} s behind` : "running"}
      </p>
      <ActionStatus state={state} testId="projector-control-status" />
    </form>
  );
}
