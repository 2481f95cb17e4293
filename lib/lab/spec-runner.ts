/**
 * Given/when/then specs against the learner's answers: each spec passes when the learner's value equals the
 * one the app's own code gives, or fails with both side by side, or errs with what went wrong in their code.
 */
import { sameValue } from "@/lib/lab/compare";
import type { Spec } from "@/lib/lab/exercise";
import type { JobResult, Problem } from "@/lib/lab/runner-protocol";

export type SpecResult =
  | Readonly<{ id: string; status: "passed" }>
  | Readonly<{ id: string; status: "failed"; expected: unknown; actual: unknown; expectedThrow?: boolean }>
  | Readonly<{ id: string; status: "error"; problem: Problem }>;

export function checkSpec(spec: Spec, result: JobResult | undefined): SpecResult {
  if (!result) {
    return { id: spec.id, status: "error", problem: { kind: "threw", message: "No answer for this spec." } };
  }
  if (spec.expectsThrow) {
    if (!result.ok && result.problem.kind === "threw") return { id: spec.id, status: "passed" };
    if (!result.ok) return { id: spec.id, status: "error", problem: result.problem };
    return { id: spec.id, status: "failed", expected: spec.expected, actual: result.value, expectedThrow: true };
  }
  if (!result.ok) return { id: spec.id, status: "error", problem: result.problem };
  const actual = spec.pick ? spec.pick(result.value) : result.value;
  return sameValue(spec.expected, actual)
    ? { id: spec.id, status: "passed" }
    : { id: spec.id, status: "failed", expected: spec.expected, actual };
}

/** The specs' results, in order, from the first `specs.length` results of a run. */
export function checkSpecs(specs: readonly Spec[], results: readonly JobResult[]): SpecResult[] {
  return specs.map((spec, i) => checkSpec(spec, results[i]));
}

export const allPassed = (results: readonly SpecResult[]): boolean =>
  results.length > 0 && results.every((result) => result.status === "passed");
