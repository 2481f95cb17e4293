/** What the students pages read from the MySQL read model. */
import "server-only";
import { and, asc, count, eq, like, or } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { courseEnrolmentCounts, enrolments, students } from "@/lib/read-model/schema";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";

export interface StudentListRow {
  studentId: string;
  fullName: string;
  email: string;
  enrolmentCount: number;
  /** The stream revision this row reflects. */
  revision: number;
  /** ISO 8601. */
  updatedAt: string;
}

export interface StudentListPage {
  rows: StudentListRow[];
  total: number;
  page: number;
  pageSize: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Students ordered by name; `search` matches anywhere in the name or email, case-insensitively. */
export async function listStudents(
  readModel: ReadModel,
  sandbox: string,
  { search = "", page = 1, pageSize = 25 }: { search?: string; page?: number; pageSize?: number } = {},
): Promise<StudentListPage> {
  const { db } = readModel;
  const term = search.trim();
  const where = and(
    eq(students.sandbox, sandbox),
    term
      ? or(like(students.fullName, `%${escapeLike(term)}%`), like(students.email, `%${escapeLike(term)}%`))
      : undefined,
  );
  const size = Math.min(Math.max(1, Math.floor(pageSize)), 100);
  const current = Math.max(1, Math.floor(page));
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        studentId: students.id,
        fullName: students.fullName,
        email: students.email,
        enrolmentCount: students.enrolmentCount,
        revision: students.revision,
        updatedAt: students.updatedAt,
      })
      .from(students)
      .where(where)
      .orderBy(asc(students.fullName), asc(students.id))
      .limit(size)
      .offset((current - 1) * size),
    db.select({ total: count() }).from(students).where(where),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, updatedAt: fromSqlDateTime(row.updatedAt) })),
    total: totals?.total ?? 0,
    page: current,
    pageSize: size,
  };
}

export interface StudentDetailRow extends StudentListRow {
  dateOfBirth: string;
  enrolments: { courseId: string; enrolledAt: string; revision: number }[];
}

export async function getStudentRow(
  readModel: ReadModel,
  sandbox: string,
  studentId: string,
): Promise<StudentDetailRow | undefined> {
  const { db } = readModel;
  const [row] = await db
    .select()
    .from(students)
    .where(and(eq(students.sandbox, sandbox), eq(students.id, studentId)))
    .limit(1);
  if (!row) return undefined;
  const courses = await db
    .select({ courseId: enrolments.courseId, enrolledAt: enrolments.enrolledAt, revision: enrolments.revision })
    .from(enrolments)
    .where(and(eq(enrolments.sandbox, sandbox), eq(enrolments.studentId, studentId)))
    .orderBy(asc(enrolments.revision));
  return {
    studentId: row.id,
    fullName: row.fullName,
    email: row.email,
    dateOfBirth: row.dateOfBirth,
    enrolmentCount: row.enrolmentCount,
    revision: row.revision,
    updatedAt: fromSqlDateTime(row.updatedAt),
    enrolments: courses.map((course) => ({ ...course, enrolledAt: fromSqlDateTime(course.enrolledAt) })),
  };
}

/** Seats taken in a course, for the capacity rule (eventually consistent: see lib/domain/courses.ts). */
export async function seatsTaken(readModel: ReadModel, sandbox: string, courseId: string): Promise<number> {
  const { db } = readModel;
  const [row] = await db
    .select({ enrolled: courseEnrolmentCounts.enrolled })
    .from(courseEnrolmentCounts)
    .where(and(eq(courseEnrolmentCounts.sandbox, sandbox), eq(courseEnrolmentCounts.courseId, courseId)));
  return row?.enrolled ?? 0;
}

export async function listCourseCounts(
  readModel: ReadModel,
  sandbox: string,
): Promise<{ courseId: string; enrolled: number }[]> {
  const { db } = readModel;
  return db
    .select({ courseId: courseEnrolmentCounts.courseId, enrolled: courseEnrolmentCounts.enrolled })
    .from(courseEnrolmentCounts)
    .where(eq(courseEnrolmentCounts.sandbox, sandbox))
    .orderBy(asc(courseEnrolmentCounts.courseId));
}
