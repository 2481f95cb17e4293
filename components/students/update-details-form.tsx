"use client";
/**
 * Edits a student's name and email. The form sends back the revision it was rendered at, so saving over a
 * change someone else made since is reported as a conflict instead of silently overwriting it.
 */
import { useActionState, useRef, useState } from "react";
import { updateStudentDetailsAction } from "@/app/students/[studentId]/actions";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/students/text-field";
import { useFocusFirstInvalid } from "@/components/students/use-focus-first-invalid";
import { visibleState } from "@/components/students/visible-state";
import { IDLE, type FormField } from "@/lib/forms/action-state";
import type { FieldMessages } from "@/lib/forms/parse-form";

type Details = { studentId: string; revision: number; fullName: string; email: string };

export function UpdateDetailsForm(details: Details) {
  const [state, formAction] = useActionState(updateStudentDetailsAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const shown = visibleState(state, details.revision);
  const errors = shown.status === "invalid" ? shown.fieldErrors : {};
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="details-heading" className="space-y-4">
      <input type="hidden" name="studentId" value={details.studentId} />
      <input type="hidden" name="expectedRevision" value={details.revision} />
      {/* Keyed on the revision: a newer student (saved, or reloaded after a conflict) refills the fields,
          while an invalid or conflicting submission keeps what the user typed. */}
      <DetailsFields key={details.revision} initial={details} errors={errors} />
      <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
      <FormStatus state={shown} />
    </form>
  );
}

function DetailsFields({ initial, errors }: { initial: Details; errors: FieldMessages<FormField> }) {
  const [fullName, setFullName] = useState(initial.fullName);
  const [email, setEmail] = useState(initial.email);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id="details-full-name"
        name="fullName"
        label="Full name"
        value={fullName}
        onChange={setFullName}
        error={errors.fullName}
        autoComplete="name"
      />
      <TextField
        id="details-email"
        name="email"
        label="Email"
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="email"
      />
    </div>
  );
}
