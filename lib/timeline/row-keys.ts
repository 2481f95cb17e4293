/**
 * Read-model rows as the projector names them in projected_events.changed_rows (lib/projector/apply-commits.ts):
 * "students/<id>", "enrolments/<student id>/<course id>", "courses/<course id>".
 */
export const studentRowKey = (studentId: string) => `students/${studentId}`;
export const enrolmentRowKey = (studentId: string, courseId: string) => `enrolments/${studentId}/${courseId}`;
export const courseRowKey = (courseId: string) => `courses/${courseId}`;

export type RowTable = "students" | "enrolments" | "courses";

export const ROW_KEY_PATTERN = /^(students\/[^/]+|enrolments\/[^/]+\/[^/]+|courses\/[^/]+)$/;

export function rowTable(key: string): RowTable | undefined {
  if (!ROW_KEY_PATTERN.test(key)) return undefined;
  return key.slice(0, key.indexOf("/")) as RowTable;
}

/** The table a row lives in, as MySQL names it, for labels: "students", "enrolments", "course_enrolment_counts". */
export function sqlTableOf(key: string): string {
  const table = rowTable(key);
  return table === "courses" ? "course_enrolment_counts" : (table ?? "unknown");
}
