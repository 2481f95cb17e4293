"use client";
/**
 * A "Do it" button: a form that runs one server action and shows its outcome beneath it. On success the page
 * shows the new data: the action's `params` go into the URL (a new student, the revision to wait for), or
 * else the page is simply re-rendered. The keyboard focus stays on the button.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { ActionStatus } from "@/components/walkthrough/action-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusAfterSubmit } from "@/components/walkthrough/use-focus-after-submit";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { withParams } from "@/lib/walkthrough/navigation";

export type WalkthroughAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Whether an ok outcome's params are all among `shown`: the page now shows what it started, in full. */
function superseded(state: ActionState, shown: Readonly<Record<string, string>> | undefined): boolean {
  if (state.status !== "ok" || !state.params || !shown) return false;
  return Object.entries(state.params).every(([name, value]) => shown[name] === value);
}

export function DoItForm({
  action,
  label,
  pendingLabel,
  fields = {},
  variant = "primary",
  name,
  clearOutcomeFor,
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
  /** URL params of a result the page itself now reports (e.g. a finished rebuild): an ok outcome for them is cleared. */
  clearOutcomeFor?: Readonly<Record<string, string>>;
  /** Extra inputs shown before the button. */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, state);

  useEffect(() => {
    if (state.status !== "ok") return;
    if (state.params)
      router.replace(withParams(pathname, Object.fromEntries(searchParams.entries()), state.params), { scroll: false });
    else router.refresh();
    // Runs once per outcome: each submission returns a new state object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  return (
    <form ref={form} action={formAction} aria-label={name ?? label} className="space-y-2">
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-3">
        {children}
        <SubmitButton pendingLabel={pendingLabel} variant={variant}>
          {label}
        </SubmitButton>
      </div>
      <ActionStatus state={superseded(state, clearOutcomeFor) ? IDLE : state} />
    </form>
  );
}
