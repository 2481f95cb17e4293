/**
 * How the student picker names students: name and revision, and for names that appear more than once, the
 * start of each id as well (the demo buttons register the same few pioneers of computing again and again).
 * Pure.
 */
export interface PickableStudent {
  studentId: string;
  fullName: string;
  revision: number;
}

const SHORT_ID = 8;

export function studentLabels(students: readonly PickableStudent[]): string[] {
  const named = new Map<string, number>();
  for (const { fullName } of students) named.set(fullName, (named.get(fullName) ?? 0) + 1);
  const shortIds = new Map<string, number>();
  for (const { studentId } of students)
    shortIds.set(studentId.slice(0, SHORT_ID), (shortIds.get(studentId.slice(0, SHORT_ID)) ?? 0) + 1);
  return students.map(({ studentId, fullName, revision }) => {
    if ((named.get(fullName) ?? 0) < 2) return `${fullName} (revision ${revision})`;
    const short = studentId.slice(0, SHORT_ID);
    const id = (shortIds.get(short) ?? 0) > 1 || short === studentId ? studentId : `${short}…`;
    return `${fullName}, id ${id} (revision ${revision})`;
  });
}
