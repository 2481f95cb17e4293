/**
 * The worker's jobs run in the test's own process, for unit tests of what the page makes of the answers: the
 * same fold and call as lib/lab/worker-main.ts, without its sandbox (which only a browser has; the e2e tests
 * cover that). Learner code is loaded with new Function after transpiling, as the worker loads it.
 */
import type { Job, JobResult } from "@/lib/lab/runner-protocol";
import { transpile } from "@/lib/lab/transpile";

type Fn = (...args: unknown[]) => unknown;

const freeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.getOwnPropertyNames(value)) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
};

const problem = (error: unknown, at?: number): JobResult => ({
  ok: false,
  problem: { kind: "threw", message: String(error), ...(at !== undefined ? { at } : {}) },
});

export function runJobs(exported: Record<string, unknown>, jobs: readonly Job[]): JobResult[] {
  return jobs.map((job) => {
    const fn = exported[job.fn] as Fn | undefined;
    if (typeof fn !== "function") return { ok: false, problem: { kind: "missing-function", message: job.fn } };
    const input = freeze(structuredClone(job));
    if (input.kind === "call") {
      try {
        return { ok: true, value: fn(...input.args) };
      } catch (error) {
        return problem(error);
      }
    }
    if (input.kind === "map") {
      const values: unknown[] = [];
      for (const [at, item] of input.items.entries()) {
        try {
          values.push(input.spread ? fn(...(item as unknown[])) : fn(item));
        } catch (error) {
          return { ...problem(error, at), value: values } as JobResult;
        }
      }
      return { ok: true, value: values };
    }
    const handled = input.handles === undefined ? undefined : (exported[input.handles] as string[]);
    const states: unknown[] = [];
    let state = input.initial;
    for (const [at, event] of input.events.entries()) {
      if (handled && !handled.includes((event as { type: string }).type)) {
        states.push(state);
        continue;
      }
      try {
        state = freeze(fn(state, event));
      } catch (error) {
        return { ...problem(error, at), value: states } as JobResult;
      }
      states.push(state);
    }
    return { ok: true, value: states };
  });
}

export function loadLearnerCode(source: string): Record<string, unknown> {
  const transpiled = transpile(source);
  if (!transpiled.ok) throw new Error(transpiled.message);
  const exported: Record<string, unknown> = {};
  new Function("exports", "require", transpiled.code)(exported, () => undefined);
  return exported;
}
