import type { StoreState } from "@/lib/health";

const STATE_LABEL: Record<StoreState, string> = {
  up: "Reachable",
  "not-ready": "Reachable, not ready",
  down: "Unreachable",
};

const STATE_STYLE: Record<StoreState, string> = {
  up: "bg-ok-surface text-ok",
  "not-ready": "bg-warn-surface text-warn",
  down: "bg-bad-surface text-bad",
};

export interface StoreStatusCardProps {
  id: string;
  title: string;
  state: StoreState;
  details: [label: string, value: string][];
  error: string | undefined;
}

export function StoreStatusCard({ id, title, state, details, error }: StoreStatusCardProps) {
  const headingId = `store-status-${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`store-status-${id}`}
      data-state={state}
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
    >
      <div className="flex items-center justify-between gap-3">
        <h3 id={headingId} className="font-semibold">
          {title}
        </h3>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${STATE_STYLE[state]}`}>
          {STATE_LABEL[state]}
        </span>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {error ? <p className="text-sm text-bad">Error: {error}</p> : null}
    </section>
  );
}
