/**
 * Step 8's view of a rebuild_runs row: where it is (running, done, failed, or cut short by a server that
 * stopped), and its progress as one number, events written to the new tables out of events read, so the
 * bar and the "x of y" line always say the same thing. Pure.
 */
export interface RebuildRunView {
  status: string;
  phase: string;
  eventsDone: number;
  eventsTotal: number;
  /** ISO 8601. */
  startedAt: string;
}

export type RunOutcome = "running" | "done" | "failed" | "cut-short";

/** A run still "running" after this long was cut short (the server stopped); it does not block a new one. */
export const STALE_RUN_MS = 10 * 60_000;

export function runOutcome(run: RebuildRunView, now: number): RunOutcome {
  if (run.status === "done") return "done";
  if (run.status === "failed") return "failed";
  return now - Date.parse(run.startedAt) > STALE_RUN_MS ? "cut-short" : "running";
}

export function rebuildPercent(run: Pick<RebuildRunView, "status" | "eventsDone" | "eventsTotal">): number {
  if (run.status === "done") return 100;
  if (run.eventsTotal <= 0) return 0;
  return Math.floor((100 * Math.min(run.eventsDone, run.eventsTotal)) / run.eventsTotal);
}

export const PHASE_LABELS: Readonly<Record<string, string>> = {
  reading: "Reading every event from DynamoDB",
  writing: "Writing the new tables beside the old ones",
  "catching-up": "Catching up with events appended meanwhile, then swapping the tables in",
  done: "Done: the new tables are live",
};
