"use client";
/** Presenter mode on or off: a switch that stores the choice (a cookie, via a server action) and re-renders. */
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setPresenterModeAction } from "@/app/walkthrough/actions";
import { focusRing } from "@/components/ui/styles";

export function PresenterToggle({ on }: { on: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      await setPresenterModeAction(!on);
      router.refresh();
    });
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      disabled={pending}
      onClick={toggle}
      className={`inline-flex items-center gap-2 rounded-full border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:bg-background disabled:opacity-60 ${focusRing}`}
    >
      <span
        aria-hidden="true"
        className={`relative h-4 w-7 rounded-full transition-colors ${on ? "bg-accent" : "bg-border"}`}
      >
        <span
          className={`absolute top-0.5 size-3 rounded-full bg-surface transition-all ${on ? "left-3.5" : "left-0.5"}`}
        />
      </span>
      Presenter mode
    </button>
  );
}
