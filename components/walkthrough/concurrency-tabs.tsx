"use client";
/**
 * Step 5: two "browser tabs" that loaded the same student at the same revision. Each keeps the revision it
 * loaded (later changes do not reach it until it reloads) and sends it as the expected revision; the one
 * that saves second is refused, and shows the expected and actual revision right in its pane.
 */
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type RefObject } from "react";
import { saveFromTabAction } from "@/app/walkthrough/[step]/actions";
import { inputBase, inputBorder, primaryButton, secondaryButton } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionStatus } from "@/components/walkthrough/action-status";
import { useMarkStepComplete } from "@/components/walkthrough/step-completion";
import { useFocusAfterSubmit } from "@/components/walkthrough/use-focus-after-submit";
import { IDLE } from "@/lib/forms/action-state";
import { tabEmail } from "@/lib/walkthrough/demo-values";

interface Loaded {
  revision: number;
  email: string;
}

function TabPane({
  tab,
  studentId,
  latest,
  ref,
}: {
  tab: "a" | "b";
  studentId: string;
  latest: Loaded;
  ref: RefObject<HTMLFormElement | null>;
}) {
  const router = useRouter();
  const markComplete = useMarkStepComplete();
  const [loaded, setLoaded] = useState(latest);
  const [state, action] = useActionState(saveFromTabAction, IDLE);
  useFocusAfterSubmit(ref, state);
  // A tab that saved shows its own change once the page has it, as a real tab re-rendered after saving would.
  const [awaiting, setAwaiting] = useState<number | undefined>(undefined);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "ok") setAwaiting(Number(state.params?.revision ?? latest.revision));
  }
  if (awaiting !== undefined && latest.revision >= awaiting) {
    setAwaiting(undefined);
    setLoaded(latest);
  }
  useEffect(() => {
    if (state.status === "conflict") markComplete();
    if (state.status === "ok") router.refresh();
  }, [state, markComplete, router]);
  const name = `Tab ${tab.toUpperCase()}`;
  const stale = latest.revision !== loaded.revision;
  return (
    <form
      ref={ref}
      action={action}
      aria-label={name}
      className="min-w-0 space-y-3 rounded-lg border border-border bg-background p-4"
      data-testid={`tab-${tab}`}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-semibold">{name}</h3>
        <span className="rounded-full bg-surface px-2 py-0.5 text-xs tabular-nums" data-testid="loaded-revision">
          loaded at revision {loaded.revision}
        </span>
      </div>
      <p className="text-sm text-muted [overflow-wrap:anywhere]">Email when loaded: {loaded.email}</p>
      <input type="hidden" name="student" value={studentId} />
      <input type="hidden" name="expectedRevision" value={loaded.revision} />
      <div className="space-y-1">
        <label htmlFor={`tab-${tab}-email`} className="block text-sm font-medium">
          New email
        </label>
        <input
          key={loaded.revision}
          id={`tab-${tab}-email`}
          name="email"
          defaultValue={tabEmail(loaded.email, tab)}
          className={`${inputBase} ${inputBorder(false)}`}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel="Saving…" ariaLabel={`Save in tab ${tab.toUpperCase()}`}>
          Save
        </SubmitButton>
        <button type="button" className={secondaryButton} disabled={!stale} onClick={() => setLoaded(latest)}>
          Reload tab
        </button>
      </div>
      <ActionStatus state={state} />
    </form>
  );
}

export function ConcurrencyTabs({ studentId, latest }: { studentId: string; latest: Loaded }) {
  const tabA = useRef<HTMLFormElement>(null);
  const tabB = useRef<HTMLFormElement>(null);
  const saveBoth = () => {
    tabA.current?.requestSubmit();
    tabB.current?.requestSubmit();
  };
  return (
    <div className="space-y-4">
      <button type="button" className={primaryButton} onClick={saveBoth}>
        Save in both tabs at once
      </button>
      <div className="grid gap-4 md:grid-cols-2">
        <TabPane ref={tabA} tab="a" studentId={studentId} latest={latest} />
        <TabPane ref={tabB} tab="b" studentId={studentId} latest={latest} />
      </div>
    </div>
  );
}
