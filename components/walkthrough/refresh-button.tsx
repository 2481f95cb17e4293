"use client";
/** Asks the server for the page again (e.g. to measure once more), showing that it is busy meanwhile. */
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { secondaryButton } from "@/components/ui/styles";

export function RefreshButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={secondaryButton}
      disabled={pending}
      onClick={() => startTransition(() => router.refresh())}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
