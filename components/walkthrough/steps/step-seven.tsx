/** Step 7, snapshots: one long stream loaded with and without its snapshot, each load timed on the server. */
import { createLongHistoryAction } from "@/app/walkthrough/[step]/actions";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { JsonView } from "@/components/walkthrough/json-view";
import { Panel } from "@/components/walkthrough/panel";
import { RefreshButton } from "@/components/walkthrough/refresh-button";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { LONG_HISTORY_EVENTS } from "@/lib/walkthrough/long-history";
import { compareSnapshotLoads, type TimedLoad } from "@/lib/walkthrough/snapshot-timing";
import type { StepParams } from "@/lib/walkthrough/step-params";

/** `slowestMs` scales the bar, so the two loads compare at a glance. */
function LoadCard({ title, load, testId, slowestMs }: { title: string; load: TimedLoad; testId: string; slowestMs: number }) {
  return (
    <div className="rounded-lg border border-border p-4" data-testid={testId}>
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{title}</p>
      <p className="mt-2 text-3xl font-semibold tabular-nums">
        {load.ms.toFixed(1)} <span className="text-base font-normal text-muted">ms</span>
      </p>
      <div className="mt-2 h-2 rounded-full bg-muted/25" aria-hidden="true">
        <div className="h-2 rounded-full bg-accent" style={{ width: `${Math.max(2, (load.ms / Math.max(slowestMs, 0.001)) * 100)}%` }} />
      </div>
      <p className="mt-2 text-sm">
        folded <strong className="tabular-nums" data-testid="events-folded">{load.eventsFolded}</strong> {load.eventsFolded === 1 ? "event" : "events"}
        {load.snapshotRevision !== undefined && <> on top of the snapshot at revision {load.snapshotRevision}</>}
      </p>
    </div>
  );
}

export async function StepSeven({ params }: { params: StepParams }) {
  const studentId = params.student;
  const comparison = studentId ? await compareSnapshotLoads(studentStreamId(studentId)) : undefined;
  const exists = comparison !== undefined && comparison.withoutSnapshot.revision > 0;
  const slowest = comparison ? Math.max(comparison.withoutSnapshot.ms, comparison.withSnapshot.ms) : 0;
  return (
    <StepFrame step={7} params={params} complete={exists && comparison.snapshot !== undefined}>
      <DoItForm action={createLongHistoryAction} label={`Create a student with ${LONG_HISTORY_EVENTS} events`} pendingLabel={`Appending ${LONG_HISTORY_EVENTS} events…`} />
      {exists && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Panel id="step7-loads" title="Loading the student" aside={<RefreshButton label="Measure again" pendingLabel="Measuring…" />}>
            <p className="text-lg" data-testid="snapshot-summary">
              {comparison.snapshot
                ? `Folded ${comparison.withSnapshot.eventsFolded} events from a snapshot instead of ${comparison.withoutSnapshot.eventsFolded}.`
                : `No snapshot yet: both loads fold all ${comparison.withoutSnapshot.eventsFolded} events.`}
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <LoadCard title="Without snapshot" load={comparison.withoutSnapshot} testId="load-without-snapshot" slowestMs={slowest} />
              <LoadCard title="With snapshot" load={comparison.withSnapshot} testId="load-with-snapshot" slowestMs={slowest} />
            </div>
            <p className={`text-sm ${comparison.sameState ? "text-ok" : "text-bad"}`}>
              {comparison.sameState ? "✓ Both loads give exactly the same state." : "✗ The two loads disagree: the snapshot is not of this state's shape."}
            </p>
            <p className="text-xs text-muted">Timed on the server with performance.now(), each a real loadAggregate against DynamoDB.</p>
          </Panel>
          <Panel id="step7-item" title="The snapshot in DynamoDB">
            {comparison.snapshotItem ? (
              <>
                <p className="text-sm text-muted">
                  One more item in the stream&apos;s partition. Its sort key is minus the revision, so the newest snapshot comes
                  first and never mixes with the commits (which count up from 1).
                </p>
                <JsonView value={comparison.snapshotItem} label="Snapshot item" highlight={["pk", "sk"]} />
              </>
            ) : (
              <p className="text-sm text-muted">This stream has no snapshot.</p>
            )}
          </Panel>
        </div>
      )}
    </StepFrame>
  );
}
