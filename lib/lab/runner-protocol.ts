/**
 * What the page and the lab's worker say to each other. The page sends one run (the learner's code, already
 * stripped of its types, and the jobs to run it on) over a MessagePort that only the worker's own harness holds;
 * the worker answers on that port, once. Every answer is checked here before the page believes it: an answer of
 * another run, or of the wrong shape, is not a result.
 */

/** Calls a function the learner's code exports once, with these arguments. */
export type CallJob = Readonly<{ kind: "call"; fn: string; args: readonly unknown[] }>;

/**
 * Folds: state = fn(state, event) for each event, from `initial`; the answer is the state after each event. With
 * `handles`, the name of an array of event types the code exports, an event of another type leaves the state
 * as it is without a call (a projection's "handled types").
 */
export type FoldJob = Readonly<{
  kind: "fold";
  fn: string;
  initial: unknown;
  events: readonly unknown[];
  handles?: string;
}>;

/** Calls fn once per item (with the item's elements as arguments when `spread`); the answer is every result. */
export type MapJob = Readonly<{ kind: "map"; fn: string; items: readonly unknown[]; spread?: boolean }>;

export type Job = CallJob | FoldJob | MapJob;

export type ProblemKind =
  "threw" | "returned-undefined" | "mutated-input" | "missing-function" | "not-plain-data" | "blocked-api";

export type Problem = Readonly<{
  kind: ProblemKind;
  message: string;
  /** The learner's line, when the error says where. */
  line?: number;
  /** For a fold or a map: the index of the event (or item) it failed on. */
  at?: number;
}>;

export type JobResult =
  | Readonly<{ ok: true; value: unknown }>
  /** `value` of a fold or map that failed: the values before the failing one. */
  | Readonly<{ ok: false; problem: Problem; value?: unknown }>;

export type RunRequest = Readonly<{ runId: string; code: string; jobs: readonly Job[] }>;

export type RunAnswer =
  | Readonly<{ runId: string; status: "done"; results: readonly JobResult[] }>
  /** The code itself could not be loaded: a syntax error, or its top level threw. */
  | Readonly<{ runId: string; status: "failed"; problem: Problem }>;

const PROBLEM_KINDS: readonly string[] = [
  "threw",
  "returned-undefined",
  "mutated-input",
  "missing-function",
  "not-plain-data",
  "blocked-api",
] satisfies readonly ProblemKind[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readProblem(value: unknown): Problem | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, message, line, at } = value;
  if (typeof kind !== "string" || !PROBLEM_KINDS.includes(kind) || typeof message !== "string") return undefined;
  if (line !== undefined && !Number.isInteger(line)) return undefined;
  if (at !== undefined && !Number.isInteger(at)) return undefined;
  return {
    kind: kind as ProblemKind,
    message: message.slice(0, 2_000),
    ...(typeof line === "number" ? { line } : {}),
    ...(typeof at === "number" ? { at } : {}),
  };
}

function readJobResult(value: unknown): JobResult | undefined {
  if (!isRecord(value)) return undefined;
  if (value.ok === true && "value" in value) return { ok: true, value: value.value };
  if (value.ok !== false) return undefined;
  const problem = readProblem(value.problem);
  if (!problem) return undefined;
  return "value" in value ? { ok: false, problem, value: value.value } : { ok: false, problem };
}

/** The answer to run `runId` with `jobs` jobs, or undefined for anything else (another run's, a forged one). */
export function readRunAnswer(data: unknown, runId: string, jobs: number): RunAnswer | undefined {
  if (!isRecord(data) || data.runId !== runId) return undefined;
  if (data.status === "failed") {
    const problem = readProblem(data.problem);
    return problem ? { runId, status: "failed", problem } : undefined;
  }
  if (data.status !== "done" || !Array.isArray(data.results) || data.results.length !== jobs) return undefined;
  const results: JobResult[] = [];
  for (const item of data.results as unknown[]) {
    const result = readJobResult(item);
    if (!result) return undefined;
    results.push(result);
  }
  return { runId, status: "done", results };
}
