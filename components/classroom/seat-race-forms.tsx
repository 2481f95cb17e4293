"use client";
/** The class race for the last seats: the instructor starts a round; each learner tries for a seat once. */
import { useActionState } from "react";
import { startSeatRaceAction, takeSeatAction } from "@/app/classes/actions";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/forms/action-state";

export function StartSeatRaceForm({ classId, running }: { classId: string; running: boolean }) {
  const [state, formAction] = useActionState(startSeatRaceAction.bind(null, classId), IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel="Starting…" variant={running ? "secondary" : "primary"}>
        {running ? "Start a new round" : "Start: the class races for three seats"}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}

export function TakeSeatForm() {
  const [state, formAction] = useActionState(takeSeatAction, IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel="Enrolling…">Take a seat</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
