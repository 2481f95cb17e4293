/**
 * A read-model projection the app does not have yet, the lab's reference for exercise 3: each course's roster,
 * who is enrolled and since when, as Emmett shapes a projection: the event types it handles and an
 * `evolve(document | null, event)`. One document for the whole sandbox, keyed by course. Pure.
 */
import type { StudentEvent } from "@/lib/domain/student/events";

export type RosterEvent = StudentEvent & { recordedAt: string };

export type RosterEntry = { studentId: string; since: string };

/** Course id → its students in the order they enrolled; a course nobody is enrolled in has no entry. */
export type CourseRosters = Record<string, RosterEntry[]>;

export const courseRosterHandles = ["StudentEnrolled", "StudentUnenrolled"];

export function evolveCourseRoster(rosters: CourseRosters | null, event: RosterEvent): CourseRosters | null {
  const current = rosters ?? {};
  switch (event.type) {
    case "StudentEnrolled": {
      const { courseId, studentId } = event.data;
      const roster = current[courseId] ?? [];
      if (roster.some((entry) => entry.studentId === studentId)) return rosters;
      return { ...current, [courseId]: [...roster, { studentId, since: event.recordedAt }] };
    }
    case "StudentUnenrolled": {
      const { courseId, studentId } = event.data;
      const roster = (current[courseId] ?? []).filter((entry) => entry.studentId !== studentId);
      const { [courseId]: _left, ...others } = current;
      return roster.length > 0 ? { ...others, [courseId]: roster } : others;
    }
    default:
      return rosters;
  }
}
