"use client";

/** The activity card: projector state and checkpoint, and the chart, refreshed every two seconds while visible. */
import { ActivityChart } from "@/components/charts/activity-chart";
import { ProjectorSummary } from "@/components/read-model/projector-summary";
import { fetchJson } from "@/components/ui/fetch-json";
import { usePolling } from "@/components/ui/use-polling";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import type { ActivityReport } from "@/lib/timeline/wire-types";

const REFRESH_MS = 2_000;

export function ProjectionActivity({ initial }: { initial: ActivityReport | undefined }) {
  const { value: report, failed } = usePolling({
    read: (signal) => fetchJson<ActivityReport>(TIMELINE_ROUTES.activity, { signal }),
    intervalMs: REFRESH_MS,
    delayMs: initial ? REFRESH_MS : 0,
    initial,
  });
  const error = failed ? "Cannot read the projection activity right now; retrying." : undefined;

  return (
    <section
      aria-labelledby="activity-heading"
      className="space-y-2 rounded-lg border border-border bg-surface p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="activity-heading" className="text-base font-semibold">
          Projection activity
        </h2>
        {report ? (
          <ProjectorSummary
            projector={report.projector}
            projectedUpTo={report.projectedUpTo}
            storeUpTo={report.storeUpTo}
            behind={report.behind}
          />
        ) : null}
      </div>
      <div aria-live="polite" className="text-sm text-bad empty:hidden">
        {error}
      </div>
      {report ? (
        <ActivityChart buckets={report.buckets} now={report.now} windowSeconds={report.windowSeconds} />
      ) : (
        <div aria-busy="true" className="h-32 animate-pulse rounded bg-background">
          <span className="sr-only">Loading projection activity…</span>
        </div>
      )}
    </section>
  );
}
