"use client";
/**
 * The step's progress and its Back and Next buttons. They sit in the same place on every step (above the
 * step's content, fixed widths) and are disabled, never hidden, when they cannot be used.
 */
import { focusRing } from "@/components/ui/styles";
import { STEP_COUNT, STEP_NUMBERS, progressLabel, type StepNumber } from "@/lib/walkthrough/steps";

const navButton = `inline-flex w-28 items-center justify-center gap-1 rounded-md px-3 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${focusRing}`;

export function StepNav({
  step,
  onBack,
  onNext,
}: {
  step: StepNumber;
  /** undefined: the button is disabled. */
  onBack: (() => void) | undefined;
  onNext: (() => void) | undefined;
}) {
  return (
    <nav aria-label="Walkthrough steps" className="flex flex-wrap items-center gap-x-4 gap-y-3">
      <div className="flex min-w-48 flex-1 items-center gap-3">
        <span className="shrink-0 text-sm font-semibold tabular-nums" data-testid="step-progress">
          {progressLabel(step)}
        </span>
        <div
          role="progressbar"
          aria-label="Walkthrough progress"
          aria-valuemin={1}
          aria-valuemax={STEP_COUNT}
          aria-valuenow={step}
          aria-valuetext={progressLabel(step)}
          className="flex flex-1 gap-1"
        >
          {STEP_NUMBERS.map((n) => (
            <span key={n} className={`h-1.5 flex-1 rounded-full ${n <= step ? "bg-accent" : "bg-muted/25"}`} />
          ))}
        </div>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={onBack}
          disabled={!onBack}
          aria-keyshortcuts="ArrowLeft"
          className={`${navButton} border border-border bg-surface hover:bg-background`}
        >
          <span aria-hidden="true">←</span> Back
        </button>
        <button
          type="button"
          onClick={onNext}
          disabled={!onNext}
          aria-keyshortcuts="ArrowRight"
          className={`${navButton} bg-accent text-background hover:opacity-90`}
        >
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
    </nav>
  );
}
