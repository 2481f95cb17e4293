"use client";
/**
 * A learner's save of the class's shared student, at the revision this page loaded: the first save of each
 * revision wins; the others are refused, with what changed and a button to reload.
 */
import { useActionState, useState } from "react";
import { saveSharedStudentAction } from "@/app/classes/actions";
import { FormStatus } from "@/components/students/form-status";
import { TextField } from "@/components/students/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/forms/action-state";

export function SharedSaveForm({ revision, email }: { revision: number; email: string }) {
  const [state, formAction] = useActionState(saveSharedStudentAction, IDLE);
  const [value, setValue] = useState(email);
  return (
    <form action={formAction} aria-label="Save the shared student" className="space-y-4">
      <input type="hidden" name="expectedRevision" value={revision} />
      <TextField id="shared-email" name="email" label="Email" value={value} onChange={setValue} />
      <SubmitButton pendingLabel="Saving…">Save at revision {revision}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
