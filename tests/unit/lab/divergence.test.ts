import { describe, expect, it } from "vitest";
import { evolve } from "@/lib/domain/student/state";
import { findDivergence, replayJob, type ReplayGroup } from "@/lib/lab/divergence";
import { foldGroups } from "@/lib/lab/exercises/evolve-exercise";
import { sampleHistory } from "@/lib/lab/sample-history";
import type { JobResult } from "@/lib/lab/runner-protocol";
import { loadLearnerCode, runJobs } from "@/tests/unit/lab/run-in-process";

const group = (key: string, expected: unknown[]): ReplayGroup => ({
  key,
  label: key,
  events: expected.map((_, i) => ({ n: i })),
  describe: expected.map((_, i) => `event ${i}`),
  initial: { n: 0 },
  expected,
  fn: "evolve",
});

describe("the divergence finder", () => {
  const groups = [group("a", [{ n: 1 }, { n: 2 }]), group("b", [{ n: 1 }, { n: 2 }, { n: 3 }])];

  it("finds none when every state is the same, and counts what it compared", () => {
    const results: JobResult[] = groups.map((g) => ({ ok: true, value: g.expected }));
    expect(findDivergence(groups, results)).toEqual({ status: "same", groups: 2, events: 5 });
  });

  it("names the first group and event that differ, with the state before and both after, field by field", () => {
    const results: JobResult[] = [
      { ok: true, value: [{ n: 1 }, { n: 2 }] },
      { ok: true, value: [{ n: 1 }, { n: 2, extra: true }, { n: 9 }] },
    ];
    const outcome = findDivergence(groups, results);
    expect(outcome).toMatchObject({
      status: "diverged",
      divergence: { key: "b", index: 1, before: { n: 1 }, ours: { n: 2 }, theirs: { n: 2, extra: true } },
    });
    if (outcome.status !== "diverged") return;
    expect(outcome.divergence.fields).toEqual([
      { path: "n", ours: 2, theirs: 2, same: true },
      { path: "extra", ours: undefined, theirs: true, same: false },
    ]);
  });

  it("stops at the event the learner's function failed on, with its problem", () => {
    const results: JobResult[] = [
      { ok: true, value: [{ n: 1 }, { n: 2 }] },
      { ok: false, problem: { kind: "threw", message: "Error: no", at: 2 }, value: [{ n: 1 }, { n: 2 }] },
    ];
    expect(findDivergence(groups, results)).toMatchObject({
      status: "diverged",
      divergence: { key: "b", index: 2, before: { n: 2 }, theirs: undefined, problem: { message: "Error: no" } },
    });
  });

  it("finds the divergence at the first event when the function is missing altogether", () => {
    const results: JobResult[] = [{ ok: false, problem: { kind: "missing-function", message: "x" } }];
    expect(findDivergence(groups, results)).toMatchObject({ status: "diverged", divergence: { key: "a", index: 0 } });
  });
});

describe("exercise 1's replay of the sample class", () => {
  const groups = foldGroups(sampleHistory());

  it("matches the app's own evolve on every event", () => {
    expect(findDivergence(groups, runJobs({ evolve }, groups.map(replayJob)))).toMatchObject({ status: "same" });
  });

  it("finds where an evolve that ignores departures first parts from the app's", () => {
    const learner = loadLearnerCode(`
      export function evolve(state: StudentState, event: StudentEvent): StudentState {
        if (event.type === "StudentRegistered") return state.status === "none" ? { status: "registered", ...event.data, courses: [] } : state;
        if (state.status === "none") return state;
        if (event.type === "StudentEnrolled") return state.courses.includes(event.data.courseId) ? state : { ...state, courses: [...state.courses, event.data.courseId] };
        if (event.type === "StudentDetailsUpdated") return { ...state, fullName: event.data.fullName, email: event.data.email };
        return state;
      }`);
    const outcome = findDivergence(groups, runJobs(learner, groups.map(replayJob)));
    expect(outcome.status).toBe("diverged");
    if (outcome.status !== "diverged") return;
    expect(outcome.divergence.describe).toMatch(/^left /);
    expect(outcome.divergence.fields.filter((f) => !f.same).map((f) => f.path)[0]).toMatch(/^courses/);
  });
});
