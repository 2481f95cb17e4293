/**
 * One check of the learner's code: transpile, run the specs' and the replay's jobs in the worker, and read the
 * answers into what the page shows. Timed, so the page can say how long a check took.
 */
import { findDivergence, replayJob, type ReplayGroup, type ReplayOutcome } from "@/lib/lab/divergence";
import type { Spec } from "@/lib/lab/exercise";
import type { Problem } from "@/lib/lab/runner-protocol";
import { allPassed, checkSpecs, type SpecResult } from "@/lib/lab/spec-runner";
import { transpile } from "@/lib/lab/transpile";
import { RUN_DEADLINE_MS, type LabRunner } from "@/components/lab/lab-runner";

export type CheckView =
  | Readonly<{ kind: "waiting" }>
  | Readonly<{ kind: "syntax"; message: string; line: number }>
  | Readonly<{ kind: "stopped"; message: string }>
  | Readonly<{ kind: "not-loaded"; problem: Problem }>
  | Readonly<{ kind: "checked"; specs: readonly SpecResult[]; replay: ReplayOutcome | undefined }>;

/** Every spec passes and the replay (where the exercise has one) matches the app's. */
export const hasPassed = (view: CheckView): boolean =>
  view.kind === "checked" && allPassed(view.specs) && (!view.replay || view.replay.status === "same");

export type TimedCheck = Readonly<{ view: CheckView; ms: number } | { view: undefined; ms: number }>;

const STOPPED = {
  timeout: `Your code ran for more than ${RUN_DEADLINE_MS / 1000} seconds and was stopped: an endless loop, or one that takes far too long? The page is still yours: change the code and it runs again.`,
  crashed:
    "The worker running your code stopped (it may have used too much memory). A fresh one is ready: change the code and it runs again.",
  forged:
    "Something other than the lab's runner tried to answer (a postMessage from your code?). Results are taken only from the runner, so this run counts for nothing.",
};

export async function runCheck(
  runner: LabRunner,
  source: string,
  specs: readonly Spec[],
  groups: readonly ReplayGroup[],
): Promise<TimedCheck> {
  const started = performance.now();
  const done = (view: CheckView | undefined) => ({ view, ms: performance.now() - started }) as TimedCheck;
  const transpiled = transpile(source);
  if (!transpiled.ok) return done({ kind: "syntax", message: transpiled.message, line: transpiled.line });
  const jobs = [...specs.map((spec) => spec.job), ...groups.map(replayJob)];
  const outcome = await runner.run(transpiled.code, jobs);
  switch (outcome.status) {
    case "superseded":
      return done(undefined);
    case "timeout":
      return done({ kind: "stopped", message: STOPPED.timeout });
    case "crashed":
      return done({ kind: "stopped", message: STOPPED.crashed });
    case "forged":
      return done({ kind: "stopped", message: STOPPED.forged });
    case "answered": {
      const { answer } = outcome;
      if (answer.status === "failed") return done({ kind: "not-loaded", problem: answer.problem });
      const results = answer.results;
      return done({
        kind: "checked",
        specs: checkSpecs(specs, results.slice(0, specs.length)),
        replay: groups.length > 0 ? findDivergence(groups, results.slice(specs.length)) : undefined,
      });
    }
  }
}
