/**
 * A course's seats, decided on the course's own history: the consistency boundary of an enrolment (the Dynamic
 * Consistency Boundary idea of dcb.events). Every StudentEnrolled and StudentUnenrolled carries its course's
 * tag, so the enrol command reads exactly those events (a query by tag, across every student's stream), folds
 * them into the set of students holding a seat, decides, and appends on the condition that no event with that
 * tag was appended since its read. Two enrolments deciding on the same seats cannot both land.
 *
 * The boundary protects only what its query models: an event that takes a seat without the tag (one appended
 * raw through the HTTP API, or stored before tags existed) is invisible to it. docs/domain.md, "The last seat".
 */
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";
import type { StudentEvent } from "@/lib/domain/student/events";

/** The event types that move a course's seat count: the query's types. */
export const SEAT_EVENT_TYPES = ["StudentEnrolled", "StudentUnenrolled"] as const;

/**
 * The tag of a course's seat events in a sandbox: `course:web-development` in the default sandbox,
 * `sbx.k3j9q2w7ab:course:web-development` in a learner's, so each sandbox's seats are its own boundary.
 */
export function courseTag(courseId: string, sandbox: string = DEFAULT_SANDBOX): string {
  const tag = `course:${courseId}`;
  return sandbox === DEFAULT_SANDBOX ? tag : `${sandbox}:${tag}`;
}

/** What an enrolment reads and conditions its append on: the course's seat events, nothing else. */
export function courseSeatsQuery(courseId: string, sandbox: string = DEFAULT_SANDBOX) {
  return { tags: [courseTag(courseId, sandbox)], types: [...SEAT_EVENT_TYPES] };
}

/** The tags an event is stored with: a seat event carries its course's tag; the others need none. */
export function studentEventTags(event: StudentEvent, sandbox: string = DEFAULT_SANDBOX): string[] {
  switch (event.type) {
    case "StudentEnrolled":
    case "StudentUnenrolled":
      return [courseTag(event.data.courseId, sandbox)];
    default:
      return [];
  }
}

/** The students holding a seat after a course's seat events, folded in order onto `before` (none by default). */
export function seatHolders(events: Iterable<StudentEvent>, before: Iterable<string> = []): Set<string> {
  const holders = new Set<string>(before);
  for (const event of events) {
    if (event.type === "StudentEnrolled") holders.add(event.data.studentId);
    else if (event.type === "StudentUnenrolled") holders.delete(event.data.studentId);
  }
  return holders;
}
