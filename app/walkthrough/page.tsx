import type { Metadata } from "next";
import Link from "next/link";
import { card, focusRing, primaryButton } from "@/components/ui/styles";
import { stepHref } from "@/lib/walkthrough/navigation";
import { STEPS } from "@/lib/walkthrough/steps";

export const metadata: Metadata = { title: "Walkthrough" };

export default function WalkthroughPage() {
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Walkthrough</h1>
        <p className="max-w-2xl text-lg text-muted">
          Ten short steps through event sourcing, each on the real stores: send a command, see the event land in
          DynamoDB, and follow it into the MySQL read model. Every step has its own address, so you can link to it.
        </p>
        <Link href={stepHref(1)} className={primaryButton}>
          Start with step 1 <span aria-hidden="true">→</span>
        </Link>
      </section>
      <ol aria-label="Steps" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {STEPS.map((step) => (
          <li key={step.number}>
            <Link
              href={stepHref(step.number)}
              className={`${card} block h-full space-y-1 hover:border-accent ${focusRing}`}
            >
              <span className="text-xs font-semibold tabular-nums text-muted">Step {step.number}</span>
              <span className="block font-semibold">{step.title}</span>
              <span className="block text-sm text-muted">{step.sentences[0]}</span>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
