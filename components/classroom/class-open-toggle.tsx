"use client";
/** Closes a class (nobody new can join) or opens it again. */
import { useActionState } from "react";
import { setClassOpenAction } from "@/app/classes/actions";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/forms/action-state";

export function ClassOpenToggle({ classId, open }: { classId: string; open: boolean }) {
  const [state, formAction] = useActionState(setClassOpenAction, IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="open" value={open ? "false" : "true"} />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        {open ? "Close the class" : "Open the class again"}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
