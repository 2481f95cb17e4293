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
import { StepTen } from "@/components/walkthrough/steps/step-ten";
import { StepTwo } from "@/components/walkthrough/steps/step-two";
import { app } from "@/lib/server/app";
import { currentViewer } from "@/lib/classroom/viewer";
import { loadStepData } from "@/lib/walkthrough/step-data";
import { parseStepParams } from "@/lib/walkthrough/step-params";
import { parseStepNumber, stepInfo } from "@/lib/walkthrough/steps";

type Props = {
  params: Promise<{ step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = parseStepNumber((await params).step);
  return { title: step ? `Step ${step}: ${stepInfo(step).title} · Walkthrough` : "Walkthrough" };
}

export default async function WalkthroughStepPage({ params, searchParams }: Props) {
  const step = parseStepNumber((await params).step);
  if (!step) notFound();
  const query = parseStepParams(await searchParams);
  const data = await loadStepData(app(), (await currentViewer(app())).sandbox, step, query);
  // A switch rather than a table of components, so each step gets exactly its own data's type.
  switch (data.step) {
    case 1:
      return <StepOne params={query} data={data} />;
    case 2:
      return <StepTwo params={query} data={data} />;
    case 3:
      return <StepThree params={query} data={data} />;
    case 4:
      return <StepFour params={query} data={data} />;
    case 5:
      return <StepFive params={query} data={data} />;
    case 6:
      return <StepSix params={query} data={data} />;
    case 7:
      return <StepSeven params={query} data={data} />;
    case 8:
      return <StepEight params={query} data={data} />;
    case 9:
      return <StepNine params={query} data={data} />;
    case 10:
      return <StepTen params={query} data={data} />;
    default: {
      const _exhaustive: never = data;
      return _exhaustive;
    }
  }
}
