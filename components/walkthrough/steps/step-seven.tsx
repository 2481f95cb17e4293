/** Step 7, snapshots: one long stream loaded with and without its snapshot: what each load read, and how long it took. */
import { createLongHistoryAction } from "@/app/walkthrough/[step]/actions";
import { formatCount } from "@/components/ui/format";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { JsonView } from "@/components/walkthrough/json-view";
import { Panel } from "@/components/walkthrough/panel";
import { RefreshButton } from "@/components/walkthrough/refresh-button";
import { formatBytes, snapshotVerdict } from "@/components/walkthrough/snapshot-verdict";
import { StepFrame } from "@/components/walkthrough/step-frame";
import type { MeasuredLoad } from "@/lib/walkthrough/snapshot-timing";
import type { StepSevenData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

const rows = (rounds: number): { label: string; testId: string; value: (load: MeasuredLoad) => string }[] => [
  { label: "Events folded", testId: "events-folded", value: (load) => formatCount(load.eventsFolded) },
  { label: "Requests to DynamoDB", testId: "requests", value: (load) => formatCount(load.reads.requests) },
  { label: "Items read", testId: "items-read", value: (load) => formatCount(load.reads.items) },
  { label: "Bytes read", testId: "bytes-read", value: (load) => formatBytes(load.reads.bytes) },
  { label: "Read units on AWS", testId: "read-units", value: (load) => formatCount(load.reads.readUnits) },
  { label: `Time here (median of ${rounds})`, testId: "load-ms", value: (load) => `${load.ms.toFixed(1)} ms` },
];

function LoadTable({
  without,
  withSnapshot,
  rounds,
}: {
  without: MeasuredLoad;
  withSnapshot: MeasuredLoad;
  rounds: number;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm tabular-nums" data-testid="snapshot-loads">
        <caption className="sr-only">The two loads compared</caption>
        <thead>
          <tr className="border-b border-border text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="py-1 pr-3 font-medium">
              Load
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Without snapshot
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              With snapshot
            </th>
          </tr>
        </thead>
        <tbody>
          {rows(rounds).map((row) => (
            <tr key={row.testId} className="border-b border-border/60">
              <th scope="row" className="py-1.5 pr-3 font-normal text-muted">
                {row.label}
              </th>
              <td className="py-1.5 pr-3 text-right font-mono" data-testid={`without-${row.testId}`}>
                {row.value(without)}
              </td>
              <td className="py-1.5 text-right font-mono font-semibold" data-testid={`with-${row.testId}`}>
                {row.value(withSnapshot)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StepSeven({
  params,
  data: { comparison, rounds, longHistoryEvents },
}: {
  params: StepParams;
  data: StepSevenData;
}) {
  const exists = comparison !== undefined && comparison.withoutSnapshot.revision > 0;
  const verdict = exists
    ? snapshotVerdict(comparison.withoutSnapshot, comparison.withSnapshot, comparison.snapshot !== undefined, rounds)
    : undefined;
  return (
    <StepFrame step={7} params={params} complete={exists && comparison.snapshot !== undefined}>
      <DoItForm
        action={createLongHistoryAction}
        label={`Create a student with ${formatCount(longHistoryEvents)} events`}
        pendingLabel={`Appending ${formatCount(longHistoryEvents)} events (a few seconds)…`}
      />
      {exists && verdict && (
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <Panel
            id="step7-loads"
            title="Loading the student"
            aside={<RefreshButton label="Measure again" pendingLabel="Measuring…" />}
          >
            <p className="text-lg" data-testid="snapshot-summary">
              {verdict.summary}
            </p>
            <LoadTable without={comparison.withoutSnapshot} withSnapshot={comparison.withSnapshot} rounds={rounds} />
            {verdict.reads && (
              <p className="text-sm" data-testid="snapshot-reads">
                {verdict.reads}
              </p>
            )}
            <p className="text-sm" data-testid="snapshot-time" data-faster={verdict.faster}>
              {verdict.time}
            </p>
            <p className={`text-sm ${comparison.sameState ? "text-ok" : "text-bad"}`}>
              {comparison.sameState
                ? "✓ Both loads give exactly the same state."
                : "✗ The two loads disagree: the snapshot is not of this state's shape."}
            </p>
            <p className="text-xs text-muted">
              Each a real loadAggregate against DynamoDB, its requests counted as they came back. Read units follow
              AWS&apos;s rule for strongly consistent reads: 1 per 4 KB, rounded up per Query page
              {comparison.withoutSnapshot.reads.reportedUnits !== undefined &&
                ` (DynamoDB Local itself reported ${formatCount(comparison.withoutSnapshot.reads.reportedUnits)} and ${formatCount(comparison.withSnapshot.reads.reportedUnits ?? 0)})`}
              .
            </p>
          </Panel>
          <Panel id="step7-pays" title="When a snapshot pays">
            <p className="text-sm">
              On a long stream, on AWS: every 4 KB a load reads is billed as a read unit, and every request crosses the
              network. Here the snapshot load reads a fixed handful of items whatever the stream&apos;s length.
            </p>
            <p className="text-sm">
              Not on a short stream: a few dozen events are one small Query, while a load from a snapshot always makes
              three requests (the snapshot, then two to read the events after it), and a snapshot must be written every
              so often. Nor, for time, on a local store like this one: bytes cost no network time, so a few hundred
              events load about as fast either way.
            </p>
          </Panel>
          <Panel id="step7-item" title="The snapshot in DynamoDB" className="lg:col-span-2">
            {comparison.snapshotItem ? (
              <>
                <p className="text-sm text-muted">
                  One more item in the stream&apos;s partition. Its sort key is minus the revision, so the newest
                  snapshot comes first and never mixes with the commits (which count up from 1).
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
