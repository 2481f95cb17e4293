"use client";
/** "Start over": a fresh, empty sandbox for the learner; the old events stay (events are never deleted). */
import { useActionState } from "react";
import { startOverAction } from "@/app/classes/actions";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/forms/action-state";

export function StartOverForm() {
  const [state, formAction] = useActionState(startOverAction, IDLE);
  return (
    <form action={formAction} aria-label="Start over" className="flex flex-wrap items-center gap-3">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" />
        Start with an empty sandbox
      </label>
      <SubmitButton pendingLabel="Starting over…" variant="secondary">
        Start over
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
