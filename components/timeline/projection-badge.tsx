/** Whether an event has reached the MySQL read model: "stale" until the projector has handled it, then its lag. */
import type { ProjectionInfo } from "@/lib/read-model/timeline-queries";
import { formatLag } from "@/lib/timeline/relative-time";

const BASE = "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium";

export type ProjectionLabel = "stale" | "projected" | "skipped" | "failed";

export function projectionLabel(projection: ProjectionInfo | undefined): ProjectionLabel {
  if (!projection) return "stale";
  return projection.status === "applied" ? "projected" : projection.status;
}

export function ProjectionBadge({ projection }: { projection: ProjectionInfo | undefined }) {
  if (!projection) {
    return (
      <span
        data-testid="projection"
        className={`${BASE} bg-warn-surface text-warn`}
        title="The projector has not applied this event to MySQL yet"
      >
        <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-current" />
        stale
      </span>
    );
  }
  if (projection.status === "applied") {
    return (
      <span
        data-testid="projection"
        className={`${BASE} bg-ok-surface text-ok`}
        title={`Applied to MySQL at ${projection.projectedAt}`}
      >
        <span aria-hidden="true">✓</span> in read model · {formatLag(projection.lagMs)}
      </span>
    );
  }
  const failed = projection.status === "failed";
  return (
    <span
      data-testid="projection"
      className={`${BASE} ${failed ? "bg-bad-surface text-bad" : "bg-background text-muted ring-1 ring-inset ring-border"}`}
      title={projection.reason ?? undefined}
    >
      {failed ? "failed" : "skipped"} · {formatLag(projection.lagMs)}
    </span>
  );
}
