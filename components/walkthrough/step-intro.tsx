/** A step's title and its one or two sentences, with the key term highlighted where it first appears. */
import { splitOnTerm, type StepInfo } from "@/lib/walkthrough/steps";

export function StepIntro({ info }: { info: StepInfo }) {
  const [first, second] = info.sentences;
  const parts = splitOnTerm(first, info.term);
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{info.title}</h1>
      <p className="max-w-3xl text-base leading-relaxed sm:text-lg">
        {parts ? (
          <>
            {parts[0]}
            <dfn data-testid="key-term" className="rounded bg-accent/15 px-1 font-semibold text-accent not-italic">
              {parts[1]}
            </dfn>
            {parts[2]}
          </>
        ) : (
          first
        )}
        {second ? ` ${second}` : null}
      </p>
    </header>
  );
}
