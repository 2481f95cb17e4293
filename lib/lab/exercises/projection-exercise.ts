/** Exercise 3: a new read-model projection, the course rosters, against the lab's reference (lib/lab/reference). */
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import type { ReplayGroup } from "@/lib/lab/divergence";
import { showValue } from "@/lib/lab/compare";
import { lastOf, type Exercise, type Spec } from "@/lib/lab/exercise";
import { DATABASES, EVENT_SOURCING, registered, WEB } from "@/lib/lab/fixtures";
import type { LabHistory } from "@/lib/lab/lab-history";
import {
  courseRosterHandles,
  evolveCourseRoster,
  type CourseRosters,
  type RosterEvent,
} from "@/lib/lab/reference/course-roster";

const at = (event: StudentEvent, day: number): RosterEvent => ({
  ...event,
  recordedAt: `2026-01-${String(day).padStart(2, "0")}T09:00:00.000Z`,
});

const enrol = (studentId: string, courseId: string, day: number) =>
  at({ type: "StudentEnrolled", data: { studentId, courseId } }, day);
const leave = (studentId: string, courseId: string, day: number) =>
  at({ type: "StudentUnenrolled", data: { studentId, courseId } }, day);

/** The app's projection over events, as the worker folds the learner's: unhandled types leave it as it is. */
export function projectRosters(events: readonly RosterEvent[]): (CourseRosters | null)[] {
  const states: (CourseRosters | null)[] = [];
  let rosters: CourseRosters | null = null;
  for (const event of events) {
    if (courseRosterHandles.includes(event.type)) rosters = evolveCourseRoster(rosters, event);
    states.push(rosters);
  }
  return states;
}

function rosterSpec(id: string, given: readonly RosterEvent[], when: RosterEvent): Spec {
  const expected = projectRosters([...given, when]).at(-1) ?? null;
  const story =
    given.length === 0 ? "no events" : given.map((e) => `${e.data.studentId} ${describeStudentEvent(e)}`).join(", ");
  return {
    id,
    given: story,
    when: `the projection gets: ${when.data.studentId} ${describeStudentEvent(when)} on ${when.recordedAt.slice(0, 10)}`,
    then: `the rosters are ${showValue(expected)}`,
    job: { kind: "fold", fn: "evolve", initial: null, events: [...given, when], handles: "handles" },
    expected,
    pick: lastOf,
  };
}

/** The whole history in the order it was recorded, as one document's events. */
function wholeHistory(history: LabHistory): ReplayGroup[] {
  const events: RosterEvent[] = history.streams
    .flatMap((stream) => stream.events.map(({ event, recordedAt }) => ({ ...event, recordedAt })))
    .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
  return [
    {
      key: "rosters",
      label: "The course rosters",
      events,
      describe: events.map((event) => `${event.data.studentId.slice(0, 8)} ${describeStudentEvent(event)}`),
      initial: null,
      expected: projectRosters(events),
      fn: "evolve",
      handles: "handles",
    },
  ];
}

const STARTER = `// The event types this projection handles; the others never reach evolve.
export const handles: string[] = [];

// One document for all courses: course id → the students enrolled, in the order they enrolled, each with
// the time of their enrolment (event.recordedAt). It starts as null.
export function evolve(rosters: CourseRosters | null, event: RosterEvent): CourseRosters | null {
  return rosters;
}
`;

export const projectionExercise: Exercise = {
  id: "projection",
  number: 3,
  title: "Project course rosters",
  summary: "A new read model from the same events: who is in each course, and since when.",
  explanation: [
    "The events can feed read models nobody planned for when they were written. A projection is a fold too: `evolve(document | null, event)` plus the list of event types it handles, so the projector only wakes it for those.",
    "Write course rosters: for each course, the students enrolled in it, in the order they enrolled, each with the time of the enrolment (`recordedAt`, which the event store stamps). A student who leaves is taken off; a course nobody is in has no entry at all.",
    "The replay folds the whole history of your sandbox through your projection and the lab's, and compares the documents row by row.",
  ],
  starter: STARTER,
  hints: [
    '`handles` lists `"StudentEnrolled"` and `"StudentUnenrolled"`: registrations and changed details do not change a roster.',
    "Start from `rosters ?? {}` and return a new object: `{ ...current, [courseId]: [...roster, { studentId, since: event.recordedAt }] }`.",
    "A second enrolment of a student already on the roster changes nothing. When a departure leaves a roster empty, remove the course: `const { [courseId]: _gone, ...others } = current`.",
  ],
  solution: "courseRoster",
  types: ["courseRosterTypes"],
  specs: () => [
    rosterSpec("first-enrolment", [], enrol("ada", WEB, 1)),
    rosterSpec("in-order", [enrol("ada", WEB, 1)], enrol("grace", WEB, 2)),
    rosterSpec("two-courses", [enrol("ada", WEB, 1)], enrol("ada", DATABASES, 3)),
    rosterSpec("leaves", [enrol("ada", WEB, 1), enrol("grace", WEB, 2)], leave("ada", WEB, 4)),
    rosterSpec("empty-course-goes", [enrol("ada", EVENT_SOURCING, 1)], leave("ada", EVENT_SOURCING, 5)),
    rosterSpec("once", [enrol("ada", WEB, 1)], enrol("ada", WEB, 6)),
    rosterSpec("rejoins-with-a-new-date", [enrol("ada", WEB, 1), leave("ada", WEB, 2)], enrol("ada", WEB, 7)),
    rosterSpec("registration-is-not-handled", [], at(registered, 1)),
  ],
  replay: { describes: "the whole history, in the order it was recorded", groups: wholeHistory },
};
