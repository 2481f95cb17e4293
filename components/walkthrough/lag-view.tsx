/**
 * Step 4's numbers: how far the read model is behind the event store for one student (in events and in
 * seconds), the row beside the stream's head, and the lag each recent event had when it was projected.
 */
import { formatTimestamp } from "@/components/ui/format";
import type { StudentState } from "@/lib/domain/student/state";
import type { ProjectionLag } from "@/lib/walkthrough/projection-lag";

function Metric({
  label,
  value,
  unit,
  testId,
  bad,
}: {
  label: string;
  value: string;
  unit: string;
  testId: string;
  bad: boolean;
}) {
  return (
    <div className={`rounded-lg p-4 ${bad ? "bg-warn-surface text-warn" : "bg-ok-surface text-ok"}`}>
      <dt className="text-xs font-medium uppercase tracking-wide">{label}</dt>
      <dd className="mt-1 flex items-baseline gap-1">
        <span className="text-4xl font-semibold tabular-nums" data-testid={testId}>
          {value}
        </span>
        <span className="text-sm">{unit}</span>
      </dd>
    </div>
  );
}

export function LagMetrics({ lag }: { lag: ProjectionLag }) {
  const behind = lag.eventsBehind > 0;
  return (
    <dl className="grid grid-cols-2 gap-3" aria-label="Projection lag">
      <Metric
        label="Lag"
        value={String(lag.eventsBehind)}
        unit={lag.eventsBehind === 1 ? "event" : "events"}
        testId="lag-events"
        bad={behind}
      />
      <Metric
        label="Oldest waiting"
        value={(lag.behindMs / 1000).toFixed(1)}
        unit="s"
        testId="lag-seconds"
        bad={behind}
      />
    </dl>
  );
}

export function StoreAndRow({ lag, state }: { lag: ProjectionLag; state: StudentState }) {
  const stale = lag.eventsBehind > 0;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="rounded-md border border-border p-3 text-sm" data-testid="store-head">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">Event store (DynamoDB)</p>
        <p className="mt-1">
          Revision{" "}
          <strong className="tabular-nums" data-testid="store-revision">
            {lag.storeRevision}
          </strong>
        </p>
        <p className="text-muted [overflow-wrap:anywhere]">{state.status === "registered" ? state.email : "—"}</p>
      </div>
      <div
        className={`rounded-md border p-3 text-sm ${stale ? "border-warn" : "border-ok"}`}
        data-testid="read-model-row"
        data-stale={stale}
      >
        <p className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-muted">
          Read model row (MySQL)
          <span
            className={`rounded-full px-2 py-0.5 normal-case ${stale ? "bg-warn-surface text-warn" : "bg-ok-surface text-ok"}`}
          >
            {stale ? "Stale" : "Fresh"}
          </span>
        </p>
        <p className="mt-1">
          Revision{" "}
          <strong className="tabular-nums" data-testid="row-revision">
            {lag.row?.revision ?? "no row yet"}
          </strong>
        </p>
        <p className="text-muted [overflow-wrap:anywhere]">{lag.row?.email ?? "—"}</p>
      </div>
    </div>
  );
}

export function RecentProjections({ lag }: { lag: ProjectionLag }) {
  if (lag.recent.length === 0)
    return <p className="text-sm text-muted">The projector has not handled any of this student&apos;s events yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-xs text-muted">
        From the projected_events table: how long each event took to reach MySQL
      </caption>
      <thead>
        <tr className="border-b border-border text-xs text-muted">
          <th scope="col" className="py-1 pr-2 font-medium">
            Rev.
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            Event
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            Projected
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Lag
          </th>
        </tr>
      </thead>
      <tbody>
        {lag.recent.map((row) => (
          <tr key={row.revision} className="border-b border-border/60">
            <td className="py-1 pr-2 font-mono tabular-nums">{row.revision}</td>
            <td className="py-1 pr-2">{row.type}</td>
            <td className="py-1 pr-2 text-xs text-muted">{formatTimestamp(row.projectedAt).slice(11)}</td>
            <td className="py-1 text-right font-mono tabular-nums">{(row.lagMs / 1000).toFixed(2)} s</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
