"use client";

/** The projector's state and checkpoint against the store: "projector at …, store at …, N events behind". */
import { LocalTime } from "@/components/timeline/local-time";
import type { ProjectorReport } from "@/lib/timeline/wire-types";

const TONES: Record<ProjectorReport["state"], string> = {
  running: "bg-ok-surface text-ok",
  paused: "bg-warn-surface text-warn",
  delayed: "bg-warn-surface text-warn",
  retrying: "bg-bad-surface text-bad",
  stopped: "bg-bad-surface text-bad",
  "not reporting": "bg-bad-surface text-bad",
  "never started": "bg-background text-muted",
};

export interface ProjectorSummaryProps {
  projector: ProjectorReport;
  projectedUpTo: string | undefined;
  storeUpTo: string | undefined;
  behind: { count: number; atLeast: boolean };
}

export function ProjectorSummary({ projector, projectedUpTo, storeUpTo, behind }: ProjectorSummaryProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="projector-summary">
      <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[projector.state]}`} data-testid="projector-state" title={projector.lastError ?? undefined}>
        Projector {projector.state}
      </span>
      <span className="text-muted">
        projector at {projectedUpTo ? <LocalTime iso={projectedUpTo} /> : "nothing yet"}, store at {storeUpTo ? <LocalTime iso={storeUpTo} /> : "no events"}
        {" · "}
        <span className={behind.count > 0 ? "font-semibold text-warn" : "text-ok"} data-testid="events-behind">
          {behind.count === 0 ? "caught up" : `${behind.count}${behind.atLeast ? "+" : ""} event${behind.count === 1 ? "" : "s"} behind`}
        </span>
      </span>
    </div>
  );
}
