/** A step's page: its shell (progress, Back/Next, intro, what Next waits for) around its live panel. */
import type { ReactNode } from "react";
import { StepShell } from "@/components/walkthrough/step-shell";
import { stepParamsRecord, type StepParams } from "@/lib/walkthrough/step-params";
import type { StepNumber } from "@/lib/walkthrough/steps";

export function StepFrame({
  step,
  params,
  complete,
  children,
}: {
  step: StepNumber;
  params: StepParams;
  complete: boolean;
  children: ReactNode;
}) {
  return (
    <StepShell step={step} params={stepParamsRecord(params)} serverComplete={complete}>
      {children}
    </StepShell>
  );
}
