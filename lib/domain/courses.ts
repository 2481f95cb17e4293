/**
 * The course catalogue, seeded in code: small on purpose, so capacity limits are easy to hit in a demo.
 *
 * Capacity is a rule across students, but a student's stream only sees that student's events. So `decide`
 * takes `seatsTaken` for the course from its caller, who folds it from the course's own seat events, read by
 * the course's tag (lib/domain/course-seats.ts), and appends on the condition that none was added since: a
 * consistency boundary per course, so no course is ever overbooked, at any concurrency.
 * docs/domain.md tells the longer story.
 */
export type Course = Readonly<{
  /** Kebab-case and stable: it is stored in events. */
  id: string;
  title: string;
  capacity: number;
}>;

/** The most courses one student may be enrolled in at once: a rule on the student's own stream. */
export const MAX_COURSES_PER_STUDENT = 4;

export const COURSES: readonly Course[] = [
  { id: "distributed-systems-101", title: "Distributed Systems 101", capacity: 3 },
  { id: "event-sourcing-fundamentals", title: "Event Sourcing Fundamentals", capacity: 5 },
  { id: "databases-and-transactions", title: "Databases and Transactions", capacity: 8 },
  { id: "functional-programming", title: "Functional Programming", capacity: 12 },
  { id: "web-development", title: "Web Development", capacity: 20 },
  { id: "algorithms-and-data-structures", title: "Algorithms and Data Structures", capacity: 30 },
];

/** `catalogue` is for tests and the benchmark, which need courses of other sizes; the app uses COURSES. */
export function findCourse(courseId: string, catalogue: readonly Course[] = COURSES): Course | undefined {
  return catalogue.find((course) => course.id === courseId);
}

/** The title to show a user; a course that has left the catalogue still shows up by its id. */
export function courseTitle(courseId: string): string {
  return findCourse(courseId)?.title ?? courseId;
}
