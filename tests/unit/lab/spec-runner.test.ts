import { describe, expect, it } from "vitest";
import { evolve } from "@/lib/domain/student/state";
import { evolveExercise } from "@/lib/lab/exercises/evolve-exercise";
import { allPassed, checkSpec, checkSpecs } from "@/lib/lab/spec-runner";
import type { Spec } from "@/lib/lab/exercise";
import { loadLearnerCode, runJobs } from "@/tests/unit/lab/run-in-process";

const spec = (overrides: Partial<Spec> = {}): Spec => ({
  id: "s",
  given: "g",
  when: "w",
  then: "t",
  job: { kind: "call", fn: "f", args: [] },
  expected: { status: "registered", courses: ["a"] },
  ...overrides,
});

describe("a spec's check", () => {
  it("passes when the learner's value equals the app's, whatever the order of its keys", () => {
    expect(checkSpec(spec(), { ok: true, value: { courses: ["a"], status: "registered" } })).toEqual({
      id: "s",
      status: "passed",
    });
  });

  it("fails with expected and actual side by side when they differ", () => {
    expect(checkSpec(spec(), { ok: true, value: { status: "none" } })).toEqual({
      id: "s",
      status: "failed",
      expected: { status: "registered", courses: ["a"] },
      actual: { status: "none" },
    });
  });

  it("compares what `pick` takes from the answer (the last state of a fold)", () => {
    const last = spec({ pick: (answer) => (answer as unknown[]).at(-1) });
    expect(checkSpec(last, { ok: true, value: [{}, { status: "registered", courses: ["a"] }] }).status).toBe("passed");
  });

  it("errs with the learner's problem when their code failed", () => {
    const result = checkSpec(spec(), { ok: false, problem: { kind: "threw", message: "Error: boom", line: 3 } });
    expect(result).toEqual({ id: "s", status: "error", problem: { kind: "threw", message: "Error: boom", line: 3 } });
  });

  it("passes a spec that expects a throw only when the code threw", () => {
    const throws = spec({ expectsThrow: true });
    expect(checkSpec(throws, { ok: false, problem: { kind: "threw", message: "Error: bad data" } }).status).toBe(
      "passed",
    );
    expect(checkSpec(throws, { ok: true, value: {} })).toMatchObject({ status: "failed", expectedThrow: true });
  });

  it("counts a missing answer as an error, never as a pass", () => {
    expect(checkSpec(spec(), undefined).status).toBe("error");
    expect(allPassed([])).toBe(false);
  });
});

describe("exercise 1's specs", () => {
  const specs = evolveExercise.specs();

  it("all pass with the app's own evolve", () => {
    const results = checkSpecs(
      specs,
      runJobs(
        { evolve },
        specs.map((s) => s.job),
      ),
    );
    expect(results.filter((r) => r.status !== "passed")).toEqual([]);
    expect(allPassed(results)).toBe(true);
  });

  it("fail for the starter, but for the cases where nothing changes", () => {
    const results = checkSpecs(
      specs,
      runJobs(
        loadLearnerCode(evolveExercise.starter),
        specs.map((s) => s.job),
      ),
    );
    expect(results.filter((r) => r.status === "passed").map((r) => r.id)).toEqual([
      "ignores-details-before-registration",
    ]);
  });

  it("catch an evolve that enrols twice in the same course", () => {
    const twice = loadLearnerCode(`
      export function evolve(state: StudentState, event: StudentEvent): StudentState {
        if (event.type === "StudentRegistered") return { status: "registered", ...event.data, courses: [] };
        if (state.status === "none") return state;
        if (event.type === "StudentEnrolled") return { ...state, courses: [...state.courses, event.data.courseId] };
        if (event.type === "StudentUnenrolled") return { ...state, courses: state.courses.filter((c) => c !== event.data.courseId) };
        return { ...state, fullName: event.data.fullName, email: event.data.email };
      }`);
    const results = checkSpecs(
      specs,
      runJobs(
        twice,
        specs.map((s) => s.job),
      ),
    );
    expect(results.filter((r) => r.status !== "passed").map((r) => r.id)).toEqual([
      "enrols-once",
      "ignores-second-registration",
    ]);
  });
});
