/**
 * The tables a projection writes, as a set: the live ones, or a rebuild's shadow copies (<name>_next), built
 * from the same column definitions so the two can never differ.
 */
import { mysqlTable } from "drizzle-orm/mysql-core";
import {
  checkpointColumns,
  courseCountColumns,
  courseEnrolmentCounts,
  enrolmentColumns,
  enrolments,
  projectedEventColumns,
  projectedEvents,
  streamCheckpoints,
  studentColumns,
  students,
} from "@/lib/read-model/schema";

export const liveTables = { students, enrolments, courseEnrolmentCounts, streamCheckpoints, projectedEvents };

export const shadowTables = {
  students: mysqlTable("students_next", studentColumns()),
  enrolments: mysqlTable("enrolments_next", enrolmentColumns()),
  courseEnrolmentCounts: mysqlTable("course_enrolment_counts_next", courseCountColumns()),
  streamCheckpoints: mysqlTable("stream_checkpoints_next", checkpointColumns()),
  projectedEvents: mysqlTable("projected_events_next", projectedEventColumns()),
};

export type ProjectionTables = typeof liveTables | typeof shadowTables;
