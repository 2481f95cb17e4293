/**
 * Step 8's progress bar from a rebuild_runs row. Reading cannot know the total in advance (it counts as it
 * scans), so the bar gives reading the first half, writing most of the rest by events written, and the last
 * steps (catching up, swapping the tables in) the end. Pure.
 */
export interface RebuildRunView {
  status: string;
  phase: string;
  eventsDone: number;
  eventsTotal: number;
}

export function rebuildPercent(run: RebuildRunView): number {
  if (run.status === "done" || run.phase === "done") return 100;
  switch (run.phase) {
    case "reading":
      return 25;
    case "writing":
      return 50 + Math.round((45 * Math.min(run.eventsDone, run.eventsTotal)) / Math.max(run.eventsTotal, 1));
    case "catching-up":
      return 97;
    default:
      return 0;
  }
}

export const PHASE_LABELS: Readonly<Record<string, string>> = {
  reading: "Reading every event from DynamoDB",
  writing: "Writing the new tables beside the old ones",
  "catching-up": "Catching up with events appended meanwhile, then swapping the tables in",
  done: "Done: the new tables are live",
};
