/**
 * A student's state, folded from its events. It holds only what the rules in `decide` need. When something
 * happened (e.g. the registration time) is the event store's metadata (`recordedAt`), not state: no rule
 * depends on it, and keeping it out keeps `evolve` a function of the events alone.
 */
import type { StudentEvent } from "@/lib/domain/student/events";

export type NoStudent = Readonly<{ status: "none" }>;

export type RegisteredStudent = Readonly<{
  status: "registered";
  studentId: string;
  fullName: string;
  email: string;
  dateOfBirth: string;
  /** Course ids in the order the student enrolled; re-enrolling after leaving moves a course to the end. */
  courses: readonly string[];
}>;

export type StudentState = NoStudent | RegisteredStudent;

export const initialState = (): StudentState => ({ status: "none" });

/**
 * Events are facts already recorded, so evolve never rejects one. Events `decide` can never emit in a state
 * (details updated before registration, a second registration) leave the state unchanged, so a damaged
 * stream still folds.
 */
export function evolve(state: StudentState, event: StudentEvent): StudentState {
  switch (event.type) {
    case "StudentRegistered": {
      if (state.status === "registered") return state;
      const { studentId, fullName, email, dateOfBirth } = event.data;
      return { status: "registered", studentId, fullName, email, dateOfBirth, courses: [] };
    }
    case "StudentDetailsUpdated":
      if (state.status === "none") return state;
      return { ...state, fullName: event.data.fullName, email: event.data.email };
    case "StudentEnrolled":
      if (state.status === "none" || state.courses.includes(event.data.courseId)) return state;
      return { ...state, courses: [...state.courses, event.data.courseId] };
    case "StudentUnenrolled":
      if (state.status === "none") return state;
      return { ...state, courses: state.courses.filter((courseId) => courseId !== event.data.courseId) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

export function foldStudent(events: readonly StudentEvent[]): StudentState {
  return events.reduce(evolve, initialState());
}

/**
 * The state as it was after the first `revision` events, for time travel. Revisions count from 1 like the
 * event store's, so revision 0 is the initial state; a revision past the end is the current state.
 */
export function stateAtRevision(events: readonly StudentEvent[], revision: number): StudentState {
  return foldStudent(events.slice(0, Math.max(0, revision)));
}
