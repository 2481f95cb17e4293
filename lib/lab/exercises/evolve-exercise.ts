/** Exercise 1: the student's `evolve`, one case per event, checked against lib/domain/student/state.ts. */
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import { evolve, foldStudent, initialState, type StudentState } from "@/lib/domain/student/state";
import type { ReplayGroup } from "@/lib/lab/divergence";
import { lastOf, type Exercise, type Spec } from "@/lib/lab/exercise";
import { DATABASES, detailsUpdated, enrolled, EVENT_SOURCING, registered, unenrolled, WEB } from "@/lib/lab/fixtures";
import type { LabHistory } from "@/lib/lab/lab-history";

export function describeState(state: StudentState): string {
  if (state.status === "none") return 'no student yet ({ status: "none" })';
  const courses = state.courses.length === 0 ? "no courses" : `courses ${state.courses.join(", ")}`;
  return `registered: ${state.fullName}, ${state.email}, born ${state.dateOfBirth}, ${courses}`;
}

const story = (events: readonly StudentEvent[]) =>
  events.length === 0 ? "no events yet" : events.map(describeStudentEvent).join(", then ");

function foldSpec(id: string, given: readonly StudentEvent[], when: StudentEvent): Spec {
  const expected = foldStudent([...given, when]);
  return {
    id,
    given: `a student who ${story(given)}`,
    when: `evolve is given: ${describeStudentEvent(when)}`,
    then: `the state is ${describeState(expected)}`,
    job: { kind: "fold", fn: "evolve", initial: initialState(), events: [...given, when] },
    expected,
    pick: lastOf,
  };
}

const STARTER = `// Return the state after \`event\`. The state starts as { status: "none" }.
// Inputs are frozen: build new objects, never change the ones you are given.
export function evolve(state: StudentState, event: StudentEvent): StudentState {
  switch (event.type) {
  }
  return state;
}
`;

export function foldGroups(history: LabHistory): ReplayGroup[] {
  return history.streams.map((stream) => {
    const events = stream.events.map((recorded) => recorded.event);
    const expected: StudentState[] = [];
    events.reduce((state, event) => {
      const next = evolve(state, event);
      expected.push(next);
      return next;
    }, initialState());
    return {
      key: stream.streamId,
      label: stream.label,
      events,
      describe: events.map(describeStudentEvent),
      initial: initialState(),
      expected,
      fn: "evolve",
    };
  });
}

export const evolveExercise: Exercise = {
  id: "evolve",
  number: 1,
  title: "Fold a student's events",
  summary: "Write evolve: the state after each kind of student event.",
  explanation: [
    "A student is never stored as a row that changes: the app reads the student's events, oldest first, and folds them into a state. `evolve(state, event)` is one step of that fold. It is pure: the same state and event always give the same result.",
    "Events are facts that already happened, so `evolve` never rejects one. An event that cannot change anything in this state (details changed before the registration, a second enrolment in the same course) leaves the state as it is.",
    "Start from the empty switch: add a case for each of the four event types.",
  ],
  starter: STARTER,
  hints: [
    '`StudentRegistered` turns `{ status: "none" }` into `{ status: "registered", studentId, fullName, email, dateOfBirth, courses: [] }`, taken from `event.data`.',
    "`StudentDetailsUpdated` keeps everything but the name and email: `{ ...state, fullName: event.data.fullName, email: event.data.email }`.",
    "`StudentEnrolled` adds the course at the end of `courses`, unless it is already there; `StudentUnenrolled` filters it out. Build a new array: `[...state.courses, courseId]`.",
    'Every case but the registration first checks `state.status === "none"` and returns the state unchanged; a second `StudentRegistered` changes nothing either.',
  ],
  solution: "evolve",
  types: ["studentEvents", "studentState"],
  specs: () => [
    foldSpec("registers", [], registered),
    foldSpec("changes-details", [registered], detailsUpdated),
    foldSpec("enrols", [registered], enrolled(EVENT_SOURCING)),
    foldSpec("keeps-order", [registered, enrolled(EVENT_SOURCING)], enrolled(WEB)),
    foldSpec("enrols-once", [registered, enrolled(WEB)], enrolled(WEB)),
    foldSpec("unenrols", [registered, enrolled(WEB), enrolled(DATABASES)], unenrolled(WEB)),
    foldSpec("ignores-details-before-registration", [], detailsUpdated),
    foldSpec("ignores-second-registration", [registered, detailsUpdated], registered),
  ],
  replay: { describes: "every student stream", groups: foldGroups },
};
