"use client";
/**
 * The frame of every step: progress and Back/Next on top (always in the same place), the step's intro, a line
 * saying what Next waits for, then the step's live panel. Next unlocks when the server says the expected event
 * has arrived (`serverComplete`, re-checked by polling) or the panel reports it (useMarkStepComplete).
 */
import { useRouter } from "next/navigation";
import { useCallback, useState, type ReactNode } from "react";
import { StepCompletionContext } from "@/components/walkthrough/step-completion";
import { StepIntro } from "@/components/walkthrough/step-intro";
import { StepNav } from "@/components/walkthrough/step-nav";
import { useArrowKeys } from "@/components/walkthrough/use-arrow-keys";
import { useLiveRefresh } from "@/components/walkthrough/use-live-refresh";
import { backTarget, nextTarget, stepHref, type SearchParamsLike } from "@/lib/walkthrough/navigation";
import { stepInfo, STEP_COUNT, type StepNumber } from "@/lib/walkthrough/steps";

const REFRESH_MS = { always: 1000, "until-complete": 2000 } as const;

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
  const [clientComplete, setClientComplete] = useState(false);
  const complete = serverComplete || clientComplete;
  const markComplete = useCallback(() => setClientComplete(true), []);
  const go = useCallback((target: StepNumber) => router.push(stepHref(target, params)), [router, params]);
  const nav = { step, canGoNext: complete };
  useArrowKeys(nav, go);
  const refresh = info.refresh;
  useLiveRefresh(refresh === "always" || (refresh === "until-complete" && !complete), refresh === "always" ? REFRESH_MS.always : REFRESH_MS["until-complete"]);

  const back = backTarget(nav);
  const next = nextTarget(nav);
  const hint = complete
    ? step === STEP_COUNT
      ? "Done: that was the last step."
      : "Done: Next is unlocked (or press →)."
    : `Next unlocks after ${info.waitingFor}.`;
  return (
    <StepCompletionContext.Provider value={markComplete}>
      <div className="space-y-6" data-step={step}>
        <StepNav step={step} onBack={back ? () => go(back) : undefined} onNext={next ? () => go(next) : undefined} />
        <StepIntro info={info} />
        <p role="status" aria-live="polite" data-testid="next-hint" data-complete={complete} className={`text-sm ${complete ? "text-ok" : "text-muted"}`}>
          {complete ? <span aria-hidden="true">✓ </span> : <span aria-hidden="true">◌ </span>}
          {hint}
        </p>
        {children}
      </div>
    </StepCompletionContext.Provider>
  );
}
