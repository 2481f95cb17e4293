"use client";

/** The projector's state, and in plain words whether the read model has the store's newest events yet. */
import { RelativeTime } from "@/components/timeline/relative-time";
import { eventCount } from "@/lib/timeline/filter-options";
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

function Progress({ projectedUpTo, storeUpTo, behind }: Omit<ProjectorSummaryProps, "projector">) {
  if (!storeUpTo) return <span>No events in the event store yet.</span>;
  if (behind.count === 0) {
    return (
      <span>
        <span className="font-medium text-ok" data-testid="events-behind">
          Caught up:
        </span>{" "}
        the read model has the store&apos;s newest event (written <RelativeTime iso={storeUpTo} />
        ).
      </span>
    );
  }
  return (
    <span>
      <span className="font-semibold text-warn" data-testid="events-behind">
        {behind.atLeast ? "At least " : ""}
        {eventCount(behind.count)} not in the read model yet.
      </span>{" "}
      {projectedUpTo ? (
        <>
          The newest it has was written <RelativeTime iso={projectedUpTo} />; the store&apos;s newest,{" "}
          <RelativeTime iso={storeUpTo} />.
        </>
      ) : (
        "The projector has not handled any event so far."
      )}
    </span>
  );
}

export function ProjectorSummary({ projector, ...progress }: ProjectorSummaryProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="projector-summary">
      <span
        className={`rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[projector.state]}`}
        data-testid="projector-state"
        title={projector.lastError ?? undefined}
      >
        Projector {projector.state}
      </span>
      <span className="text-muted">
        <Progress {...progress} />
      </span>
    </div>
  );
}
