/**
 * The course catalogue, seeded in code: small on purpose, so capacity limits are easy to hit in a demo.
 *
 * Capacity is a rule across students, but a student's stream only sees that student's events. So `decide`
 * takes `seatsTaken` for the course from its caller, who reads it from the read model (MySQL), and rejects an
 * enrolment with `course_full` when seatsTaken >= capacity. The read model is eventually consistent: two
 * enrolments in the same course that land within the projection lag both see the old count, so a course can
 * be overbooked by the enrolments that arrive inside that window. Stronger options exist: a course stream
 * that reserves seats (a second aggregate with optimistic concurrency on each seat), a process manager that
 * detects the overbooking and compensates by unenrolling the latest enrolment, or a uniqueness-style
 * reservation item per seat written in the same transaction as the event. Each costs a second stream or a
 * saga; for a teaching app the visible, explainable overbooking window is worth more than the guarantee.
 * docs/domain.md tells the longer story.
 */
export type Course = Readonly<{
  /** Kebab-case and stable: it is stored in events. */
  id: string;
  title: string;
  capacity: number;
}>;

export const COURSES: readonly Course[] = [
  { id: "distributed-systems-101", title: "Distributed Systems 101", capacity: 3 },
  { id: "event-sourcing-fundamentals", title: "Event Sourcing Fundamentals", capacity: 5 },
  { id: "databases-and-transactions", title: "Databases and Transactions", capacity: 8 },
  { id: "functional-programming", title: "Functional Programming", capacity: 12 },
  { id: "web-development", title: "Web Development", capacity: 20 },
  { id: "algorithms-and-data-structures", title: "Algorithms and Data Structures", capacity: 30 },
];

export function findCourse(courseId: string): Course | undefined {
  return COURSES.find((course) => course.id === courseId);
}

/** The title to show a user; a course that has left the catalogue still shows up by its id. */
export function courseTitle(courseId: string): string {
  return findCourse(courseId)?.title ?? courseId;
}
