/** A projected student document as the rows that hold it: one map from document to rows, used everywhere. */
import type { StudentDocument } from "@/lib/domain/student/student-document";
import { fromSqlDateTime, toSqlDateTime } from "@/lib/read-model/sql-time";
import type { enrolments, students } from "@/lib/read-model/schema";

export type StudentInsert = typeof students.$inferInsert;
export type EnrolmentInsert = typeof enrolments.$inferInsert;

export function studentRow(doc: StudentDocument): StudentInsert {
  return {
    sandbox: doc.sandbox,
    id: doc.studentId,
    fullName: doc.fullName,
    email: doc.email,
    dateOfBirth: doc.dateOfBirth,
    enrolmentCount: doc.enrolments.length,
    revision: doc.revision,
    createdAt: toSqlDateTime(doc.registeredAt),
    updatedAt: toSqlDateTime(doc.updatedAt),
  };
}

export function enrolmentRows(doc: StudentDocument): EnrolmentInsert[] {
  return doc.enrolments.map((e) => ({
    sandbox: doc.sandbox,
    studentId: doc.studentId,
    courseId: e.courseId,
    enrolledAt: toSqlDateTime(e.since),
    revision: e.revision,
  }));
}

export function documentFromRows(
  student: typeof students.$inferSelect,
  courses: readonly (typeof enrolments.$inferSelect)[],
): StudentDocument {
  return {
    sandbox: student.sandbox,
    studentId: student.id,
    fullName: student.fullName,
    email: student.email,
    dateOfBirth: student.dateOfBirth,
    enrolments: [...courses]
      .sort((a, b) => a.revision - b.revision)
      .map((c) => ({ courseId: c.courseId, since: fromSqlDateTime(c.enrolledAt), revision: c.revision })),
    registeredAt: fromSqlDateTime(student.createdAt),
    updatedAt: fromSqlDateTime(student.updatedAt),
    revision: student.revision,
  };
}
