import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepFive } from "@/components/walkthrough/steps/step-five";
import { StepFour } from "@/components/walkthrough/steps/step-four";
import { StepEight } from "@/components/walkthrough/steps/step-eight";
import { StepNine } from "@/components/walkthrough/steps/step-nine";
import { StepOne } from "@/components/walkthrough/steps/step-one";
import { StepSeven } from "@/components/walkthrough/steps/step-seven";
import { StepSix } from "@/components/walkthrough/steps/step-six";
import { StepThree } from "@/components/walkthrough/steps/step-three";
import { StepTwo } from "@/components/walkthrough/steps/step-two";
import { parseStepParams, type StepParams } from "@/lib/walkthrough/step-params";
import { parseStepNumber, stepInfo, type StepNumber } from "@/lib/walkthrough/steps";

type Props = {
  params: Promise<{ step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const STEP_VIEWS: Record<StepNumber, (props: { params: StepParams }) => Promise<React.JSX.Element>> = {
  1: StepOne,
  2: StepTwo,
  3: StepThree,
  4: StepFour,
  5: StepFive,
  6: StepSix,
  7: StepSeven,
  8: StepEight,
  9: StepNine,
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = parseStepNumber((await params).step);
  return { title: step ? `Step ${step}: ${stepInfo(step).title} · Walkthrough` : "Walkthrough" };
}

export default async function WalkthroughStepPage({ params, searchParams }: Props) {
  const step = parseStepNumber((await params).step);
  if (!step) notFound();
  const query = parseStepParams(await searchParams);
  const View = STEP_VIEWS[step];
  return <View params={query} />;
}
