/**
 * Replay on real history: for each group of events (a student's stream, a course's enrolments), the state after
 * every event by the app's own code and by the learner's, and the first event where they part.
 */
import { compareFields, sameValue, type FieldComparison } from "@/lib/lab/compare";
import type { FoldJob, JobResult, MapJob, Problem } from "@/lib/lab/runner-protocol";

export interface ReplayGroup {
  key: string;
  /** Who or what the group is, for people ("Ada Lovelace"). */
  label: string;
  /** The events as the learner's function receives them. */
  events: readonly unknown[];
  /** One line per event, for people ("enrolled in Web Development"). */
  describe: readonly string[];
  initial: unknown;
  /** The app's state after each event. */
  expected: readonly unknown[];
  fn: string;
  /** "map": each event on its own (an upcaster), so "before" is the event itself. Default "fold". */
  mode?: "fold" | "map";
  /** For a fold: the exported list of the event types the learner's projection handles. */
  handles?: string;
  /** For a map: each event is the list of the function's arguments. */
  spread?: boolean;
}

export type Divergence = Readonly<{
  key: string;
  label: string;
  /** Index of the event in its group. */
  index: number;
  event: unknown;
  describe: string;
  mode: "fold" | "map";
  /** The state both agreed on before this event (for a map: the event itself). */
  before: unknown;
  ours: unknown;
  /** Undefined when the learner's function failed on this event: see `problem`. */
  theirs: unknown;
  problem?: Problem;
  fields: readonly FieldComparison[];
}>;

export type ReplayOutcome =
  | Readonly<{ status: "same"; groups: number; events: number }>
  | Readonly<{ status: "diverged"; groups: number; events: number; divergence: Divergence }>;

export const replayJob = (group: ReplayGroup): FoldJob | MapJob =>
  group.mode === "map"
    ? { kind: "map", fn: group.fn, items: group.events, ...(group.spread ? { spread: true } : {}) }
    : {
        kind: "fold",
        fn: group.fn,
        initial: group.initial,
        events: group.events,
        ...(group.handles ? { handles: group.handles } : {}),
      };

/** The first group, in order, whose learner states part from ours, at the first event they part. */
export function findDivergence(groups: readonly ReplayGroup[], results: readonly JobResult[]): ReplayOutcome {
  const events = groups.reduce((sum, group) => sum + group.events.length, 0);
  for (const [g, group] of groups.entries()) {
    const result = results[g];
    if (!result) continue;
    const theirs = Array.isArray(result.value) ? (result.value as unknown[]) : [];
    const failedAt = result.ok ? undefined : (result.problem.at ?? theirs.length);
    for (let index = 0; index < group.events.length; index += 1) {
      const failed = failedAt === index;
      if (!failed && sameValue(group.expected[index], theirs[index])) continue;
      const before =
        group.mode === "map" ? group.events[index] : index === 0 ? group.initial : group.expected[index - 1];
      const ours = group.expected[index];
      const their = failed ? undefined : theirs[index];
      return {
        status: "diverged",
        groups: groups.length,
        events,
        divergence: {
          key: group.key,
          label: group.label,
          index,
          event: group.events[index],
          describe: group.describe[index] ?? "",
          mode: group.mode ?? "fold",
          before,
          ours,
          theirs: their,
          ...(failed && !result.ok ? { problem: result.problem } : {}),
          fields: compareFields(ours, their),
        },
      };
    }
  }
  return { status: "same", groups: groups.length, events };
}
