/** One student event in a few plain words, for the people who see it ("details changed to Ada King, ada@example.edu"). */
import { courseTitle } from "@/lib/domain/courses";
import type { StudentEvent } from "@/lib/domain/student/events";

export function describeStudentEvent(event: StudentEvent): string {
  switch (event.type) {
    case "StudentRegistered":
      return `registered as ${event.data.fullName}`;
    case "StudentDetailsUpdated":
      return `details changed to ${event.data.fullName}, ${event.data.email}`;
    case "StudentEnrolled":
      return `enrolled in ${courseTitle(event.data.courseId)}`;
    case "StudentUnenrolled":
      return `left ${courseTitle(event.data.courseId)}`;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
