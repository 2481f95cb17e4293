/** Exercise 2: the enrolment rules of `decide`, checked against the app's own decide (lib/domain/student/decide.ts). */
import { COURSES, MAX_COURSES_PER_STUDENT } from "@/lib/domain/courses";
import type { EnrolStudent } from "@/lib/domain/student/commands";
import { decide, type DecideContext, type DecideResult } from "@/lib/domain/student/decide";
import type { StudentEvent } from "@/lib/domain/student/events";
import { foldStudent } from "@/lib/domain/student/state";
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import type { Exercise, Spec } from "@/lib/lab/exercise";
import { ADA_ID, enrolled, EVENT_SOURCING, registered, unenrolled, WEB } from "@/lib/lab/fixtures";

/** What is compared: the events, or the error's code (its message is the learner's to word). */
export function decisionOutcome(result: unknown): unknown {
  if (typeof result !== "object" || result === null) return result;
  const value = result as { ok?: unknown; events?: unknown; error?: { code?: unknown } };
  if (value.ok === true) return { ok: true, events: value.events };
  if (value.ok === false) return { ok: false, code: value.error?.code };
  return result;
}

const NOW = new Date("2026-01-15T10:00:00.000Z");
const DISTRIBUTED = "distributed-systems-101";
/** As many courses as a student may take (MAX_COURSES_PER_STUDENT): a fifth is refused. */
const FOUR_COURSES = COURSES.map((c) => c.id)
  .filter((id) => id !== DISTRIBUTED)
  .slice(0, MAX_COURSES_PER_STUDENT);

const enrol = (courseId: string, studentId = ADA_ID): EnrolStudent => ({
  type: "EnrolStudent",
  data: { studentId, courseId },
});

const story = (events: readonly StudentEvent[]) =>
  events.length === 0 ? "no student" : `a student who ${events.map(describeStudentEvent).join(", then ")}`;

function showOutcome(result: DecideResult): string {
  return result.ok
    ? `it decides ${result.events.map((event) => event.type).join(", ") || "nothing"}`
    : `it refuses with ${result.error.code}`;
}

function decideSpec(id: string, given: readonly StudentEvent[], command: EnrolStudent, seatsTaken?: number): Spec {
  const context: DecideContext = { now: NOW, seatsTaken, catalogue: COURSES };
  const state = foldStudent(given);
  const ours = decide(command, state, context);
  const seats = seatsTaken === undefined ? "the seat count unknown" : `${seatsTaken} seats taken`;
  return {
    id,
    given: story(given),
    when: `they ask to enrol in ${command.data.courseId} (${command.data.studentId === ADA_ID ? "" : `as student ${command.data.studentId}, `}${seats})`,
    then: showOutcome(ours),
    job: { kind: "call", fn: "decide", args: [command, state, context] },
    expected: decisionOutcome(ours),
    pick: decisionOutcome,
  };
}

const STARTER = `// Decide an EnrolStudent command: the events it causes, or the rule it breaks.
// Success: { ok: true, events: [...] }. A broken rule: { ok: false, error: { code: "…", message: "…" } }.
// The course comes from context.catalogue; context.seatsTaken counts the seats already taken.
export function decide(command: EnrolStudent, state: StudentState, context: DecideContext): DecideResult {
  const { studentId, courseId } = command.data;
  return { ok: true, events: [{ type: "StudentEnrolled", data: { studentId, courseId } }] };
}
`;

export const decideExercise: Exercise = {
  id: "decide",
  number: 2,
  title: "Decide an enrolment",
  summary: "Write the rules that let a student enrol, or refuse with a reason.",
  explanation: [
    "`decide(command, state, context)` is where the rules live. It reads the state folded from the student's events and answers with the events that should happen, or with the rule the command breaks. It changes nothing itself: the caller appends the events.",
    "An enrolment needs a registered student (the one the command names), a course from the catalogue, no enrolment in it yet, fewer than `MAX_COURSES_PER_STUDENT` (4) courses already, and a free seat. The seat count comes from outside the student's stream (the course's own events), so the caller passes it in `context.seatsTaken`; without it, the app refuses rather than guess.",
    "The specs compare the events you decide, or the `code` of the error you return; the message is yours to word.",
  ],
  starter: STARTER,
  hints: [
    "Check the rules in the app's order: the student, the course, the enrolment, the number of courses, then the seats. The first rule broken is the one reported.",
    'A student exists when `state.status === "registered"` and `state.studentId === command.data.studentId`; otherwise the code is `student_not_found`.',
    "Find the course with `context.catalogue.find((c) => c.id === courseId)`; none means `unknown_course`. `state.courses.includes(courseId)` means `already_enrolled`.",
    "A student already in 4 courses (`state.courses.length`; the app calls the limit `MAX_COURSES_PER_STUDENT`) is refused with `too_many_courses`, before the seats are looked at.",
    "`context.seatsTaken === undefined` is `seat_count_unavailable`; `seatsTaken >= course.capacity` is `course_full`.",
  ],
  solution: "decideEnrol",
  types: ["decideTypes", "domainErrorTypes", "studentState", "courses"],
  specs: () => [
    decideSpec("enrols", [registered], enrol(EVENT_SOURCING), 0),
    decideSpec("needs-a-student", [], enrol(EVENT_SOURCING), 0),
    decideSpec("needs-the-same-student", [registered], enrol(EVENT_SOURCING, "grace"), 0),
    decideSpec("needs-a-known-course", [registered], enrol("underwater-basket-weaving"), 0),
    decideSpec("refuses-twice", [registered, enrolled(WEB)], enrol(WEB), 1),
    decideSpec("refuses-a-fifth-course", [registered, ...FOUR_COURSES.map((c) => enrolled(c))], enrol(DISTRIBUTED), 0),
    decideSpec(
      "makes-room-after-leaving-one",
      [registered, ...FOUR_COURSES.map((c) => enrolled(c)), unenrolled(FOUR_COURSES[0]!)],
      enrol(DISTRIBUTED),
      0,
    ),
    decideSpec("lets-back-after-leaving", [registered, enrolled(WEB), unenrolled(WEB)], enrol(WEB), 1),
    decideSpec("refuses-a-full-course", [registered], enrol(DISTRIBUTED), 3),
    decideSpec("takes-the-last-seat", [registered], enrol(DISTRIBUTED), 2),
    decideSpec("needs-the-seat-count", [registered], enrol(DISTRIBUTED)),
  ],
};
