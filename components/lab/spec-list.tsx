/** The exercise's given/when/then specs as sentences, each green or red, with expected and actual side by side. */
import { showValue } from "@/lib/lab/compare";
import type { Spec } from "@/lib/lab/exercise";
import type { SpecResult } from "@/lib/lab/spec-runner";
import { ProblemNote } from "@/components/lab/problem-note";

const BADGE = {
  passed: "border-ok text-ok bg-ok-surface",
  failed: "border-bad text-bad bg-bad-surface",
  error: "border-bad text-bad bg-bad-surface",
  waiting: "border-border text-muted",
};

export function SpecList({ specs, results }: { specs: readonly Spec[]; results: readonly SpecResult[] | undefined }) {
  return (
    <ol className="space-y-2" aria-label="Specs">
      {specs.map((spec, i) => {
        const result = results?.[i];
        const status = result?.status ?? "waiting";
        return (
          <li
            key={spec.id}
            data-testid={`spec-${spec.id}`}
            data-status={status}
            className={`rounded-md border p-3 text-sm ${status === "passed" ? "border-ok" : status === "waiting" ? "border-border" : "border-bad"}`}
          >
            <div className="flex items-start justify-between gap-3">
              <p>
                <strong>Given</strong> {spec.given}, <strong>when</strong> {spec.when}, <strong>then</strong>{" "}
                {spec.expectsThrow ? "it throws" : spec.then}.
              </p>
              <span className={`shrink-0 rounded border px-2 py-0.5 text-xs font-medium ${BADGE[status]}`}>
                {status === "passed" ? "passed" : status === "waiting" ? "not run" : "failed"}
              </span>
            </div>
            {result?.status === "failed" ? (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs">
                <dt className="text-muted">expected</dt>
                <dd className="[overflow-wrap:anywhere]">
                  {result.expectedThrow ? "to throw" : showValue(result.expected)}
                </dd>
                <dt className="text-muted">actual</dt>
                <dd className="text-bad [overflow-wrap:anywhere]">
                  {result.expectedThrow ? `returned ${showValue(result.actual)}` : showValue(result.actual)}
                </dd>
              </dl>
            ) : null}
            {result?.status === "error" ? <ProblemNote problem={result.problem} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
