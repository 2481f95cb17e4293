"use client";
/** A form of one text field and a button (open a class, join one): the field's error shows under it. */
import { useActionState, useRef, useState } from "react";
import { FormStatus } from "@/components/students/form-status";
import { TextField } from "@/components/students/text-field";
import { useFocusFirstInvalid } from "@/components/students/use-focus-first-invalid";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState, type FormField } from "@/lib/forms/action-state";

export function OneFieldForm({
  action,
  label,
  field,
  submit,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The form's accessible name. */
  label: string;
  field: { id: string; name: FormField; label: string; hint: string; autoComplete?: string };
  submit: { label: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const [value, setValue] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const error = state.status === "invalid" ? state.fieldErrors[field.name] : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate aria-label={label} className="space-y-4">
      <TextField {...field} value={value} onChange={setValue} error={error} />
      <SubmitButton pendingLabel={submit.pending}>{submit.label}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
