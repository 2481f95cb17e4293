"use client";
/** A submit button that shows it is working while its form's action runs (and cannot be pressed twice). */
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  ariaLabel,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  ariaLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-label={pending ? pendingLabel : ariaLabel}
      className={variant === "primary" ? primaryButton : secondaryButton}
    >
      {pending && (
        <span
          aria-hidden="true"
          className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      )}
      {pending ? pendingLabel : children}
    </button>
  );
}
