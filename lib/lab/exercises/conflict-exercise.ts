/**
 * Exercise 5: after a conflict, decide again on the fresh state, never re-append the stale decision. Checked
 * against the app's decide over the state folded with the app's evolve; the app's own retry is
 * enrolWithinCapacity (lib/students/student-commands.ts).
 */
import { COURSES } from "@/lib/domain/courses";
import { decide } from "@/lib/domain/student/decide";
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import { evolve, foldStudent } from "@/lib/domain/student/state";
import type { Exercise, Spec } from "@/lib/lab/exercise";
import { decisionOutcome } from "@/lib/lab/exercises/decide-exercise";
import type { Conflict } from "@/lib/lab/exercises/conflict-types";
import { ADA_ID, detailsUpdated, enrolled, registered, unenrolled, WEB } from "@/lib/lab/fixtures";

const NOW = new Date("2026-01-15T10:00:00.000Z");
const DISTRIBUTED = "distributed-systems-101";

const list = (events: readonly StudentEvent[]) =>
  events.length === 0 ? "nothing" : events.map(describeStudentEvent).join(", then ");

function conflictSpec(
  id: string,
  read: readonly StudentEvent[],
  appendedSince: readonly StudentEvent[],
  courseId: string,
  seatsTaken: number,
): Spec {
  const conflict: Conflict = {
    command: { type: "EnrolStudent", data: { studentId: ADA_ID, courseId } },
    decidedOn: foldStudent(read),
    appendedSince: [...appendedSince],
    context: { now: NOW, seatsTaken, catalogue: COURSES },
  };
  const fresh = appendedSince.reduce(evolve, conflict.decidedOn);
  const ours = decide(conflict.command, fresh, conflict.context);
  return {
    id,
    given: `an enrolment in ${courseId} decided on a student who ${list(read)}`,
    when: `the append is refused because, meanwhile, the student ${list(appendedSince)} (${seatsTaken} seats taken now)`,
    then: ours.ok
      ? `deciding again gives ${ours.events.map((e) => e.type).join(", ")}`
      : `deciding again refuses with ${ours.error.code}`,
    job: { kind: "call", fn: "decideAgain", args: [conflict] },
    expected: decisionOutcome(ours),
    pick: decisionOutcome,
  };
}

/** Where the learner's own decide from exercise 2 goes, when this browser has it (components/lab). */
export const CARRIED_DECIDE = "/* decide from exercise 2 */";

const STARTER = `
${CARRIED_DECIDE}

// The event store refused your append: other writers reached the stream after you read it. Your decision
// was made on a state that is no longer true. Decide again, on the state as it is now.
export function decideAgain(conflict: Conflict): DecideResult {
  return decide(conflict.command, conflict.decidedOn, conflict.context);
}
`;

export const conflictExercise: Exercise = {
  id: "conflict",
  number: 5,
  title: "Decide again after a conflict",
  summary: "The stream moved on while you decided: fold what came, and decide on the fresh state.",
  explanation: [
    "Two writers read the same stream at revision 3 and both decide. The first appends; the second appends with expected revision 3 and the event store refuses it: the stream is at 4 now. That refusal is optimistic concurrency doing its job.",
    "Appending the second decision anyway would record a choice made on a state that no longer holds (a second enrolment, a seat that is gone). The right answer: fold the events that came in since onto the state, and run the decision again; it may now accept, refuse, or decide something else.",
    "The starter has the app's own `evolve`, and your `decide` from exercise 2 when this browser has it (a stub otherwise). `decideAgain` re-runs the old decision on the old state: fix that.",
  ],
  starter: STARTER,
  starterPrelude: "evolve",
  hints: [
    "The fresh state is `conflict.appendedSince.reduce(evolve, conflict.decidedOn)`.",
    "Then `decide(conflict.command, fresh, conflict.context)`: the context was read again at the retry, with the seats taken now.",
    "If your `decide` is the stub, the specs that refuse need exercise 2's rules: paste your decide, or open exercise 2's solution.",
  ],
  solution: "enrolWithinCapacity",
  types: ["conflictTypes", "decideTypes", "studentState"],
  specs: () => [
    conflictSpec("nothing-relevant", [registered], [detailsUpdated], WEB, 1),
    conflictSpec("enrolled-meanwhile", [registered], [enrolled(WEB)], WEB, 2),
    conflictSpec("left-meanwhile", [registered, enrolled(WEB)], [unenrolled(WEB)], WEB, 1),
    conflictSpec("last-seat-gone", [registered], [detailsUpdated], DISTRIBUTED, 3),
  ],
};
