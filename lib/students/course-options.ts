/**
 * The courses a student could still join, with the seats taken in each from the read model. The read model
 * being down must not take the student page with it: the counts are then simply unknown.
 */
import "server-only";
import { COURSES } from "@/lib/domain/courses";
import type { ReadModel } from "@/lib/read-model/client";
import { listCourseCounts } from "@/lib/read-model/student-queries";

export type CourseOption = {
  courseId: string;
  title: string;
  capacity: number;
  /** undefined when the read model could not say. */
  seatsTaken: number | undefined;
};

export async function courseOptionsFor(
  readModel: ReadModel,
  sandbox: string,
  enrolled: readonly string[],
): Promise<CourseOption[]> {
  const counts = await seatCounts(readModel, sandbox);
  return COURSES.filter((course) => !enrolled.includes(course.id)).map((course) => ({
    courseId: course.id,
    title: course.title,
    capacity: course.capacity,
    seatsTaken: counts ? (counts.get(course.id) ?? 0) : undefined,
  }));
}

async function seatCounts(readModel: ReadModel, sandbox: string): Promise<Map<string, number> | undefined> {
  try {
    return new Map((await listCourseCounts(readModel, sandbox)).map((row) => [row.courseId, row.enrolled]));
  } catch (error) {
    console.error("could not read course enrolment counts", error);
    return undefined;
  }
}
