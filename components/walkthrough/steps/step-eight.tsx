/** Step 8, rebuild: the read model thrown away and rebuilt from the events, with progress and checksums. */
import { startRebuildAction } from "@/app/walkthrough/actions";
import { formatCount } from "@/components/ui/format";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { Panel } from "@/components/walkthrough/panel";
import { OUTCOME_LABELS, RebuildRun } from "@/components/walkthrough/rebuild-run";
import { StepFrame } from "@/components/walkthrough/step-frame";
import type { RebuildRunRow } from "@/lib/read-model/instructor-queries";
import type { RunOutcome } from "@/lib/walkthrough/rebuild-progress";
import type { StepEightData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

function Checksums({ run, outcome }: { run: RebuildRunRow; outcome: RunOutcome }) {
  const same = run.checksumAfter !== null && run.checksumAfter === run.checksumBefore;
  const after =
    run.checksumAfter ??
    (outcome === "running" ? "… (once the new tables are live)" : "none: nothing new was swapped in");
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted">Rows before</dt>
        <dd className="font-mono [overflow-wrap:anywhere]" data-testid="checksum-before">
          {run.checksumBefore ?? "—"}
        </dd>
        <dt className="text-muted">Rows after</dt>
        <dd
          className={`[overflow-wrap:anywhere] ${run.checksumAfter ? "font-mono" : "text-muted"}`}
          data-testid="checksum-after"
        >
          {after}
        </dd>
      </dl>
      {run.checksumAfter !== null && (
        <p
          data-testid="checksum-verdict"
          data-same={same}
          className={`rounded-md p-3 text-sm ${same ? "bg-ok-surface text-ok" : "bg-warn-surface text-warn"}`}
        >
          {same
            ? "✓ Identical: the rebuilt read model is, row for row, the one it replaced."
            : "The checksums differ: events were appended while it rebuilt, so the new tables also hold those. Rebuild again while nothing is being written to compare like with like."}
        </p>
      )}
      {run.checksumAfter === null && outcome !== "running" && (
        <p className="text-sm text-muted">
          This rebuild stopped before its new tables went live, so there is no new read model to compare.
        </p>
      )}
    </div>
  );
}

export function StepEight({ params, data: { view, size, access } }: { params: StepParams; data: StepEightData }) {
  const { run, outcome, newer } = view ?? {};
  const ended = outcome !== undefined && outcome !== "running";
  // Done or failed, the step has shown what a rebuild does; one who cannot start a rebuild follows the latest.
  const complete = ended && (params.run === run?.id || !access.allowed);
  return (
    <StepFrame step={8} params={params} complete={complete}>
      <div className="flex flex-wrap items-start gap-6">
        <DoItForm
          action={startRebuildAction}
          label="Rebuild the read model"
          pendingLabel="Starting…"
          clearOutcomeFor={run && ended ? { run: String(run.id) } : undefined}
        />
        <p className="max-w-md text-sm text-muted">
          An instructor control: while it runs the app keeps serving the old tables, and the new ones replace them in
          one atomic RENAME TABLE.
          {!access.allowed && " Without the instructor controls, this step follows the latest rebuild."}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="step8-progress"
          title={run ? `Rebuild ${run.id}` : "No rebuild yet"}
          aside={
            outcome && (
              <span className="text-sm font-medium" data-testid="rebuild-outcome">
                {OUTCOME_LABELS[outcome]}
              </span>
            )
          }
        >
          {run && outcome ? (
            <RebuildRun run={run} outcome={outcome} newer={newer} />
          ) : (
            <p className="text-sm text-muted">Press the button to rebuild; progress shows here.</p>
          )}
        </Panel>
        <Panel id="step8-checksums" title="Before and after">
          <p className="text-sm text-muted">
            A checksum of every row of students, enrolments, course counts and checkpoints. The read model now holds{" "}
            {formatCount(size.students)} students and {formatCount(size.enrolments)} enrolments.
          </p>
          {run && outcome ? (
            <Checksums run={run} outcome={outcome} />
          ) : (
            <p className="text-sm text-muted">Checksums appear once a rebuild starts.</p>
          )}
        </Panel>
      </div>
    </StepFrame>
  );
}
