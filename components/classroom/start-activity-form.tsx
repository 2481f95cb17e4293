"use client";
/** The instructor starts the race: one shared student that every learner saves at once. */
import { useActionState } from "react";
import { startActivityAction } from "@/app/classes/actions";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/forms/action-state";

export function StartActivityForm({ classId, running }: { classId: string; running: boolean }) {
  const [state, formAction] = useActionState(startActivityAction.bind(null, classId), IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel="Starting…" variant={running ? "secondary" : "primary"}>
        {running ? "Start again with a new student" : "Start: everyone saves one student"}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
