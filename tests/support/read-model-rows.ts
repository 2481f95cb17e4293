/** Every row of the read model's tables (a checkpoint's write time aside), in key order: for "row for row". */
import { asc } from "drizzle-orm";
import {
  courseEnrolmentCounts,
  enrolments,
  projectedEvents,
  streamCheckpoints,
  students,
} from "@/lib/read-model/schema";
import { app } from "@/lib/server/app";

export async function readModelRows() {
  const { db } = app().readModel;
  return {
    students: await db.select().from(students).orderBy(asc(students.sandbox), asc(students.id)),
    enrolments: await db
      .select()
      .from(enrolments)
      .orderBy(asc(enrolments.sandbox), asc(enrolments.studentId), asc(enrolments.courseId)),
    courses: await db
      .select()
      .from(courseEnrolmentCounts)
      .orderBy(asc(courseEnrolmentCounts.sandbox), asc(courseEnrolmentCounts.courseId)),
    checkpoints: await db
      .select({ streamId: streamCheckpoints.streamId, revision: streamCheckpoints.revision })
      .from(streamCheckpoints)
      .orderBy(asc(streamCheckpoints.streamId)),
    events: await db
      .select({
        streamId: projectedEvents.streamId,
        revision: projectedEvents.revision,
        status: projectedEvents.status,
        reason: projectedEvents.reason,
        changedRows: projectedEvents.changedRows,
      })
      .from(projectedEvents)
      .orderBy(asc(projectedEvents.streamId), asc(projectedEvents.revision)),
  };
}
