"use client";
/**
 * The frame of every step: progress and Back/Next on top (always in the same place), the step's intro, a line
 * saying what Next waits for, then the step's live panel. Next unlocks when the server says the expected event
 * has arrived (`serverComplete`, re-checked by polling) or the panel reports it (useMarkStepComplete).
 */
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition, type ReactNode } from "react";
import { StepCompletionContext } from "@/components/walkthrough/step-completion";
import { StepIntro } from "@/components/walkthrough/step-intro";
import { StepNav } from "@/components/walkthrough/step-nav";
import { useArrowKeys } from "@/components/walkthrough/use-arrow-keys";
import { useLiveRefresh } from "@/components/ui/use-live-refresh";
import { backTarget, nextTarget, stepHref, type SearchParamsLike } from "@/lib/walkthrough/navigation";
import { stepInfo, STEP_COUNT, type StepNumber } from "@/lib/walkthrough/steps";

const REFRESH_MS = { always: 1000, "until-complete": 2000 } as const;

/** The line under the intro: where the walkthrough is going, or whether Next is unlocked and why not. */
function hintText(step: StepNumber, complete: boolean, opening: StepNumber | undefined): string {
  if (opening !== undefined) return `Opening step ${opening}…`;
  if (!complete) return `Next unlocks when ${stepInfo(step).waitingFor}.`;
  return step === STEP_COUNT ? "Done: that was the last step." : "Done: Next is unlocked (or press →).";
}

export function StepShell({
  step,
  params,
  serverComplete,
  children,
}: {
  step: StepNumber;
  params: SearchParamsLike;
  serverComplete: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const info = stepInfo(step);
  // What the browser marked done belongs to one step and student. The shell is not remounted when the student
  // changes: that would also reset the "Do it" form that changed it (its outcome, its focus).
  const scope = `${step}:${params.student ?? ""}`;
  const [completedScope, setCompletedScope] = useState<string | undefined>(undefined);
  const complete = serverComplete || completedScope === scope;
  const markComplete = useCallback(() => setCompletedScope(scope), [scope]);
  // While the next step's page is on its way the keys wait: a second press belongs to that page, not this one.
  const [moving, startMoving] = useTransition();
  const [heading, setHeading] = useState<StepNumber | undefined>(undefined);
  const go = useCallback(
    (target: StepNumber) => {
      setHeading(target);
      startMoving(() => router.push(stepHref(target, params)));
    },
    [router, params],
  );
  const nav = { step, canGoNext: complete, moving };
  useArrowKeys(nav, go);
  const refresh = info.refresh;
  useLiveRefresh(
    refresh === "always" || (refresh === "until-complete" && !complete),
    refresh === "always" ? REFRESH_MS.always : REFRESH_MS["until-complete"],
  );

  const back = backTarget(nav);
  const next = nextTarget(nav);
  const hint = hintText(step, complete, moving ? heading : undefined);
  return (
    <StepCompletionContext.Provider value={markComplete}>
      <div className="space-y-6" data-step={step} aria-busy={moving || undefined}>
        <StepNav step={step} onBack={back ? () => go(back) : undefined} onNext={next ? () => go(next) : undefined} />
        <StepIntro info={info} />
        <p
          role="status"
          aria-live="polite"
          data-testid="next-hint"
          data-complete={complete}
          className={`text-sm ${complete ? "text-ok" : "text-muted"}`}
        >
          {complete ? <span aria-hidden="true">✓ </span> : <span aria-hidden="true">◌ </span>}
          {hint}
        </p>
        {children}
      </div>
    </StepCompletionContext.Provider>
  );
}
