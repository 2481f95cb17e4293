"use client";
/** Hints one at a time: each press shows the next, so a learner takes only as much help as they need. */
import { useState } from "react";
import { secondaryButton } from "@/components/ui/styles";
import { Prose } from "@/components/lab/prose";

export function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  return (
    <section aria-labelledby="hints-heading" className="space-y-2">
      <h2 id="hints-heading" className="text-lg font-semibold">
        Hints
      </h2>
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i}>
            <Prose text={hint} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" className={secondaryButton} onClick={() => setShown(shown + 1)}>
          {shown === 0 ? "Show a hint" : `Show hint ${shown + 1} of ${hints.length}`}
        </button>
      ) : null}
    </section>
  );
}
