/** Step 8, rebuild: the read model thrown away and rebuilt from the events, with progress and checksums. */
import { startRebuildAction } from "@/app/walkthrough/actions";
import { formatCount } from "@/components/students/format";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { readModelSize, rebuildRunById, type RebuildRunRow } from "@/lib/read-model/instructor-queries";
import { latestRebuildRun } from "@/lib/read-model/rebuild-tables";
import { PHASE_LABELS, rebuildPercent } from "@/lib/walkthrough/rebuild-progress";
import type { StepParams } from "@/lib/walkthrough/step-params";

function Checksums({ run }: { run: RebuildRunRow }) {
  const same = run.checksumAfter !== null && run.checksumAfter === run.checksumBefore;
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted">Rows before</dt>
        <dd className="font-mono" data-testid="checksum-before">{run.checksumBefore ?? "—"}</dd>
        <dt className="text-muted">Rows after</dt>
        <dd className="font-mono" data-testid="checksum-after">{run.checksumAfter ?? "…"}</dd>
      </dl>
      {run.checksumAfter !== null && (
        <p data-testid="checksum-verdict" data-same={same} className={`rounded-md p-3 text-sm ${same ? "bg-ok-surface text-ok" : "bg-warn-surface text-warn"}`}>
          {same
            ? "✓ Identical: the rebuilt read model is, row for row, the one it replaced."
            : "The checksums differ: events were appended while it rebuilt, so the new tables also hold those. Rebuild again while nothing is being written to compare like with like."}
        </p>
      )}
    </div>
  );
}

export async function StepEight({ params }: { params: StepParams }) {
  const [run, size] = await Promise.all([params.run !== undefined ? rebuildRunById(params.run) : latestRebuildRun(), readModelSize()]);
  const percent = run ? rebuildPercent(run) : 0;
  const failed = run?.status === "failed";
  return (
    <StepFrame step={8} params={params} complete={params.run !== undefined && run?.status === "done"}>
      <div className="flex flex-wrap items-start gap-6">
        <DoItForm action={startRebuildAction} label="Rebuild the read model" pendingLabel="Starting…" />
        <p className="max-w-md text-sm text-muted">
          An instructor control: while it runs the app keeps serving the old tables, and the new ones replace them in
          one atomic RENAME TABLE.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="step8-progress" title={run ? `Rebuild ${run.id}` : "No rebuild yet"}>
          {run ? (
            <div className="space-y-3">
              <div
                role="progressbar"
                aria-label="Rebuild progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                className="h-3 overflow-hidden rounded-full bg-muted/25"
              >
                <div className={`h-3 rounded-full transition-all ${failed ? "bg-bad" : "bg-accent"}`} style={{ width: `${percent}%` }} />
              </div>
              <p className="text-sm" data-testid="rebuild-phase" data-status={run.status}>
                {failed ? `Failed: ${run.error ?? "unknown error"}` : (PHASE_LABELS[run.phase] ?? run.phase)}
              </p>
              <p className="text-sm text-muted tabular-nums">
                {formatCount(run.eventsDone)} of {formatCount(run.eventsTotal)} events · {formatCount(run.eventsPerSecond)} events/s
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted">Press the button to rebuild; progress shows here.</p>
          )}
        </Panel>
        <Panel id="step8-checksums" title="Before and after">
          <p className="text-sm text-muted">
            A checksum of every row of students, enrolments, course counts and checkpoints. The read model now holds{" "}
            {formatCount(size.students)} students and {formatCount(size.enrolments)} enrolments.
          </p>
          {run ? <Checksums run={run} /> : <p className="text-sm text-muted">Checksums appear once a rebuild starts.</p>}
        </Panel>
      </div>
    </StepFrame>
  );
}
