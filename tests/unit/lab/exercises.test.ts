/**
 * Every exercise holds together: the app's own code passes its specs and its replay of the sample class, and
 * its starter does not (a learner has something to do). The starter is built as the page builds it.
 */
import { describe, expect, it } from "vitest";
import { decide } from "@/lib/domain/student/decide";
import { upcastStudentRegisteredV1 } from "@/lib/domain/upcasters";
import { evolve, foldStudent, initialState, type StudentState } from "@/lib/domain/student/state";
import { findDivergence, replayJob } from "@/lib/lab/divergence";
import { EXERCISES } from "@/lib/lab/exercise-list";
import type { Conflict } from "@/lib/lab/exercises/conflict-types";
import type { RecordedStudentEvent, Snapshot } from "@/lib/lab/exercises/snapshot-types";
import { readLabSource } from "@/lib/lab/lab-sources";
import { courseRosterHandles, evolveCourseRoster } from "@/lib/lab/reference/course-roster";
import { sampleHistory } from "@/lib/lab/sample-history";
import { allPassed, checkSpecs } from "@/lib/lab/spec-runner";
import { starterCode } from "@/components/lab/starter-code";
import { loadLearnerCode, runJobs } from "@/tests/unit/lab/run-in-process";

/** The app's code, in the shape each exercise asks the learner to export. */
const SOLUTIONS: Record<string, Record<string, unknown>> = {
  evolve: { evolve },
  decide: { decide },
  projection: { evolve: evolveCourseRoster, handles: courseRosterHandles },
  upcaster: { upcast: upcastStudentRegisteredV1 },
  conflict: {
    decideAgain: (conflict: Conflict) =>
      decide(conflict.command, conflict.appendedSince.reduce(evolve, conflict.decidedOn), conflict.context),
  },
  snapshot: {
    loadFromSnapshot: (snapshot: Snapshot | null, events: RecordedStudentEvent[]): StudentState =>
      events
        .filter((item) => item.revision > (snapshot?.revision ?? 0))
        .map((item) => item.event)
        .reduce(evolve, snapshot?.state ?? initialState()),
  },
};

const history = sampleHistory();

describe.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))("exercise %s", (id, exercise) => {
  const specs = exercise.specs();
  const groups = exercise.replay?.groups(history) ?? [];

  it("passes its specs and its replay with the app's own code", () => {
    const solution = SOLUTIONS[id];
    expect(solution, `a solution for ${id}`).toBeDefined();
    const results = checkSpecs(
      specs,
      runJobs(
        solution!,
        specs.map((spec) => spec.job),
      ),
    );
    expect(results.filter((result) => result.status !== "passed")).toEqual([]);
    if (groups.length > 0) {
      expect(findDivergence(groups, runJobs(solution!, groups.map(replayJob))).status).toBe("same");
    }
  });

  it("has a starter that loads but does not pass", async () => {
    const prelude = exercise.starterPrelude ? (await readLabSource(exercise.starterPrelude)).text : undefined;
    const starter = starterCode("-", prelude ? `${prelude}\n${exercise.starter}` : exercise.starter);
    const code = loadLearnerCode(starter);
    const results = checkSpecs(
      specs,
      runJobs(
        code,
        specs.map((spec) => spec.job),
      ),
    );
    expect(allPassed(results)).toBe(false);
  });

  it("shows the project's own source as its solution and types", async () => {
    expect((await readLabSource(exercise.solution)).text).toBeTruthy();
    for (const name of exercise.types) expect((await readLabSource(name)).text, name).toBeTruthy();
  });
});

it("the snapshot exercise's replay starts each stream halfway, with the events a page read would give", () => {
  const snapshot = EXERCISES.find((exercise) => exercise.id === "snapshot")!;
  const [group] = snapshot.replay!.groups(history);
  const [first] = group!.events as [Snapshot, RecordedStudentEvent[]][];
  expect(first![1][0]!.revision).toBeLessThanOrEqual(first![0].revision);
  expect(group!.expected[0]).toEqual(
    foldStudent(history.streams.find((s) => s.events.length >= 2)!.events.map((e) => e.event)),
  );
});
