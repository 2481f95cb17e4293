/**
 * Replay on real history: all the same, or the first event where the learner's function parts from the app's,
 * with the state before it and both states after it, field by field.
 */
import { showValue } from "@/lib/lab/compare";
import type { ReplayOutcome } from "@/lib/lab/divergence";
import type { LabHistory } from "@/lib/lab/lab-history";
import { ProblemNote } from "@/components/lab/problem-note";

const FROM: Record<LabHistory["source"], string> = {
  sandbox: "of your sandbox",
  sample: "of the sample class (your sandbox has no students yet)",
  "sample-store-away": "of the sample class (the event store cannot be reached just now)",
};

export function ReplayPanel({
  outcome,
  describes,
  source,
}: {
  outcome: ReplayOutcome | undefined;
  describes: string;
  source: LabHistory["source"];
}) {
  const from = FROM[source];
  return (
    <section
      aria-labelledby="replay-heading"
      className="space-y-2"
      data-testid="replay"
      data-status={outcome?.status ?? "waiting"}
    >
      <h2 id="replay-heading" className="text-lg font-semibold">
        Replay on real history
      </h2>
      <p className="text-sm text-muted">
        Your function and the app&apos;s over {describes} {from}
        {outcome
          ? `: ${outcome.events.toLocaleString("en")} events in ${outcome.groups.toLocaleString("en")} groups`
          : ""}
        .
      </p>
      {outcome?.status === "same" ? (
        <p className="rounded-md border border-ok bg-ok-surface p-3 text-sm text-ok">
          Every event gives the same state as the app&apos;s.
        </p>
      ) : null}
      {outcome?.status === "diverged" ? <DivergenceView divergence={outcome.divergence} /> : null}
    </section>
  );
}

function DivergenceView({ divergence }: { divergence: Extract<ReplayOutcome, { status: "diverged" }>["divergence"] }) {
  return (
    <div className="space-y-2 rounded-md border border-bad p-3 text-sm" data-testid="divergence">
      <p>
        First difference: <strong>{divergence.label}</strong>, event {divergence.index + 1} ({divergence.describe}).
      </p>
      {divergence.problem ? <ProblemNote problem={divergence.problem} /> : null}
      <p className="font-mono text-xs [overflow-wrap:anywhere]">
        <span className="text-muted">event </span>
        {showValue(divergence.event)}
      </p>
      <p className="font-mono text-xs [overflow-wrap:anywhere]">
        <span className="text-muted">{divergence.mode === "map" ? "input " : "state before (both agree) "}</span>
        {showValue(divergence.before)}
      </p>
      <table className="w-full table-fixed border-collapse font-mono text-xs">
        <caption className="text-left font-sans text-xs text-muted">
          {divergence.mode === "map" ? "What it gives" : "State after the event"}, field by field
        </caption>
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="w-1/4 py-1">
              field
            </th>
            <th scope="col" className="py-1">
              the app
            </th>
            <th scope="col" className="py-1">
              yours
            </th>
          </tr>
        </thead>
        <tbody>
          {divergence.fields.map((field) => (
            <tr key={field.path} data-same={field.same} className={field.same ? "" : "bg-bad-surface text-bad"}>
              <th scope="row" className="py-0.5 pr-2 text-left font-normal [overflow-wrap:anywhere]">
                {field.path || "(value)"}
              </th>
              <td className="py-0.5 pr-2 [overflow-wrap:anywhere]">{showValue(field.ours)}</td>
              <td className="py-0.5 [overflow-wrap:anywhere]">
                {divergence.problem ? "(failed)" : showValue(field.theirs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
