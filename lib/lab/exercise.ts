/**
 * What an exercise of the lab is: words, a starter, hints, the app's own code as the solution, and checks. The
 * checks are built from the app's own functions (lib/domain), so what a spec expects is what the app does today;
 * nothing here is a copy that could drift. Pure: an exercise is imported by the page in the browser.
 */
import type { Job } from "@/lib/lab/runner-protocol";
import type { LabHistory } from "@/lib/lab/lab-history";
import type { ReplayGroup } from "@/lib/lab/divergence";
import type { LabSourceName } from "@/lib/lab/lab-source-names";

/** One given/when/then, as sentences, with the job that asks the learner's code and what ours answers. */
export interface Spec {
  id: string;
  given: string;
  when: string;
  then: string;
  job: Job;
  /** What the app's own code gives for the same input. */
  expected: unknown;
  /** From the job's answer to the value compared (a fold answers every state; a spec wants the last). */
  pick?: (answer: unknown) => unknown;
  /** The spec expects the learner's function to throw (an upcaster given data of no known shape). */
  expectsThrow?: boolean;
}

/** Replay on real history: the learner's fold of each group against ours, event by event. */
export interface Replay {
  /** What is replayed, in a few words ("every student stream of your sandbox"). */
  describes: string;
  groups(history: LabHistory): readonly ReplayGroup[];
}

export interface Exercise {
  /** The URL's last segment: /lab/<id>. */
  id: string;
  number: number;
  title: string;
  /** One line, for the list. */
  summary: string;
  /** Short paragraphs; `code` spans are written in backticks. */
  explanation: readonly string[];
  starter: string;
  /** The app's own code the starter begins with (read from the project by the page), for the learner to call. */
  starterPrelude?: LabSourceName;
  hints: readonly string[];
  /** The app's own code that solves it, read from the project by the page. */
  solution: LabSourceName;
  /** The types the learner's code speaks, shown beside the editor. */
  types: readonly LabSourceName[];
  specs(): readonly Spec[];
  replay?: Replay;
}

export const lastOf = (answer: unknown): unknown => (Array.isArray(answer) ? answer[answer.length - 1] : undefined);
