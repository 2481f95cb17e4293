/**
 * Step 8's rebuild: a bar and a line that agree (events written out of events read), the phase, and, when it
 * stopped, why in plain words, what the app kept serving, MySQL's own message, and a way to try again.
 */
import Link from "next/link";
import { startRebuildAction } from "@/app/walkthrough/actions";
import { formatCount } from "@/components/ui/format";
import { textLink } from "@/components/ui/styles";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import type { RebuildRunRow } from "@/lib/read-model/instructor-queries";
import { plainFailureReason, whatKeptServing } from "@/lib/walkthrough/rebuild-failure";
import { PHASE_LABELS, rebuildPercent, type RunOutcome } from "@/lib/walkthrough/rebuild-progress";

export const OUTCOME_LABELS: Record<RunOutcome, string> = {
  running: "Running",
  done: "Done",
  failed: "Failed",
  "cut-short": "Cut short",
};

function progressLine(run: RebuildRunRow, outcome: RunOutcome): string {
  const [done, total] = [formatCount(run.eventsDone), formatCount(run.eventsTotal)];
  if (outcome === "running" && run.phase === "reading")
    return `${done} of the ${total} events read so far written to the new tables`;
  if (outcome === "failed" || outcome === "cut-short")
    return `${done} of ${total} events written to the new tables when it stopped`;
  return `${done} of ${total} events written to the new tables`;
}

function Stopped({ run, outcome }: { run: RebuildRunRow; outcome: RunOutcome }) {
  return (
    <div className="space-y-3 rounded-md bg-bad-surface p-3 text-sm" data-testid="rebuild-failure">
      <p className="font-semibold text-bad" data-testid="rebuild-reason">
        {plainFailureReason(outcome, run.error)}
      </p>
      <p data-testid="rebuild-kept-serving">{whatKeptServing(run.phase)}</p>
      {run.error && (
        <details>
          <summary className="cursor-pointer text-muted">The error as reported</summary>
          <pre
            className="mt-2 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere]"
            data-testid="rebuild-raw-error"
          >
            {run.error}
          </pre>
        </details>
      )}
      <DoItForm
        action={startRebuildAction}
        label="Try the rebuild again"
        pendingLabel="Starting…"
        variant="secondary"
        clearOutcomeFor={{ run: String(run.id) }}
      />
    </div>
  );
}

export function RebuildRun({
  run,
  outcome,
  newer,
}: {
  run: RebuildRunRow;
  outcome: RunOutcome;
  newer: number | undefined;
}) {
  const percent = rebuildPercent(run);
  const stopped = outcome === "failed" || outcome === "cut-short";
  const line = progressLine(run, outcome);
  return (
    <div className="space-y-3">
      <div
        role="progressbar"
        aria-label="Rebuild progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={line}
        className={`h-3 overflow-hidden rounded-full bg-muted/25 ${stopped ? "ring-1 ring-bad" : ""}`}
      >
        <div
          className={`h-3 rounded-full transition-all ${stopped ? "bg-bad" : "bg-accent"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="text-sm text-muted tabular-nums" data-testid="rebuild-count">
        {line}
        {outcome === "running" && run.eventsPerSecond > 0 && ` · ${formatCount(run.eventsPerSecond)} events/s`}
      </p>
      <p className="text-sm" data-testid="rebuild-phase" data-status={outcome}>
        {stopped ? `Stopped during: ${PHASE_LABELS[run.phase] ?? run.phase}` : (PHASE_LABELS[run.phase] ?? run.phase)}
      </p>
      {stopped && <Stopped run={run} outcome={outcome} />}
      {newer !== undefined && (
        <p className="text-sm">
          A newer rebuild has started since:{" "}
          <Link href={`/walkthrough/8?run=${newer}`} className={textLink}>
            follow rebuild {newer}
          </Link>
          .
        </p>
      )}
    </div>
  );
}
