"use client";
/**
 * A "Do it" button: a form that runs one server action and shows its outcome beneath it. On success the page
 * shows the new data: the action's `params` go into the URL (a new student, the revision to wait for), or
 * else the page is simply re-rendered.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import { ActionStatus } from "@/components/walkthrough/action-status";
import { SubmitButton } from "@/components/students/submit-button";
import { IDLE, type WalkthroughActionState } from "@/lib/walkthrough/action-state";
import { withParams } from "@/lib/walkthrough/navigation";

export type WalkthroughAction = (previous: WalkthroughActionState, formData: FormData) => Promise<WalkthroughActionState>;

export function DoItForm({
  action,
  label,
  pendingLabel,
  fields = {},
  variant = "primary",
  name,
  children,
}: {
  action: WalkthroughAction;
  label: string;
  pendingLabel: string;
  /** Hidden inputs, e.g. the selected student. */
  fields?: Readonly<Record<string, string>>;
  variant?: "primary" | "secondary";
  /** The form's accessible name; defaults to the button's label. */
  name?: string;
  /** Extra inputs shown before the button. */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();

  useEffect(() => {
    if (state.status !== "ok") return;
    if (state.params) router.replace(withParams(pathname, Object.fromEntries(searchParams.entries()), state.params), { scroll: false });
    else router.refresh();
    // Runs once per outcome: each submission returns a new state object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  return (
    <form action={formAction} aria-label={name ?? label} className="space-y-2">
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-3">
        {children}
        <SubmitButton pendingLabel={pendingLabel} variant={variant}>
          {label}
        </SubmitButton>
      </div>
      <ActionStatus state={state} />
    </form>
  );
}
