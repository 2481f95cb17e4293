"use client";
/** Unlocks the instructor controls in this browser with the instructor secret (or locks them again). */
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { lockInstructorAction, unlockInstructorAction } from "@/app/walkthrough/actions";
import { inputBase, inputBorder } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionStatus } from "@/components/walkthrough/action-status";
import { IDLE } from "@/lib/forms/action-state";

export function UnlockForm({ unlocked }: { unlocked: boolean }) {
  const router = useRouter();
  const [unlockState, unlock] = useActionState(unlockInstructorAction, IDLE);
  const [lockState, lock] = useActionState(lockInstructorAction, IDLE);
  useEffect(() => {
    if (unlockState.status === "ok" || lockState.status === "ok") router.refresh();
  }, [unlockState, lockState, router]);

  if (unlocked) {
    return (
      <form action={lock} aria-label="Lock instructor controls" className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Locking…" variant="secondary">
          Lock
        </SubmitButton>
        <ActionStatus state={lockState.status === "idle" ? unlockState : lockState} />
      </form>
    );
  }
  const invalid = unlockState.status === "rejected";
  return (
    <form action={unlock} aria-label="Unlock instructor controls" className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="instructor-secret" className="block text-sm font-medium">
            Instructor secret
          </label>
          <input
            id="instructor-secret"
            name="secret"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={invalid || undefined}
            className={`${inputBase} ${inputBorder(invalid)} w-64`}
          />
        </div>
        <SubmitButton pendingLabel="Unlocking…">Unlock</SubmitButton>
      </div>
      <ActionStatus state={unlockState} />
    </form>
  );
}
