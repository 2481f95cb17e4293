"use client";
/**
 * Registers a student; on success the action redirects to the new student's page. The date of birth is typed
 * as YYYY-MM-DD, the form its error names: a date picker would show the browser's locale format instead.
 */
import { useActionState, useRef, useState } from "react";
import { registerStudentAction } from "@/app/students/actions";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/students/text-field";
import { useFocusFirstInvalid } from "@/components/students/use-focus-first-invalid";
import { IDLE } from "@/lib/forms/action-state";

export function NewStudentForm() {
  const [state, formAction] = useActionState(registerStudentAction, IDLE);
  const [fullName, setFullName] = useState("");
  const [email, setEmail] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="new-student-heading" className="space-y-4">
      <TextField
        id="full-name"
        name="fullName"
        label="Full name"
        value={fullName}
        onChange={setFullName}
        error={errors.fullName}
        autoComplete="name"
      />
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="email"
      />
      <TextField
        id="date-of-birth"
        name="dateOfBirth"
        label="Date of birth"
        hint="As YYYY-MM-DD, for example 1995-12-10 (the form the event stores). Students are 16 to 120 years old."
        value={dateOfBirth}
        onChange={setDateOfBirth}
        error={errors.dateOfBirth}
        autoComplete="bday"
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Registering…">Register student</SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
