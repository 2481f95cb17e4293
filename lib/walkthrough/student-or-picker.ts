/**
 * A step about one student shows that student, or, when the URL names none (or one it cannot show), the
 * student picker. The recent students are read only in that second case.
 */
import "server-only";
import { recentlyChangedStudents } from "@/lib/read-model/instructor-queries";
import type { SandboxStores } from "@/lib/server/app";
import type { PickableStudent } from "@/lib/walkthrough/student-labels";

export type StudentOrPicker<T> =
  ({ kind: "student"; studentId: string } & T) | { kind: "picker"; recent: PickableStudent[] };

/** The picker still works without MySQL: it offers nobody, and the step's own button still makes a student. */
async function recentOrNone({
  readModel,
  sandbox,
}: Pick<SandboxStores, "readModel" | "sandbox">): Promise<PickableStudent[]> {
  try {
    return await recentlyChangedStudents(readModel, sandbox);
  } catch (error) {
    console.error("walkthrough: could not list recent students", error);
    return [];
  }
}

/** `load` gives undefined when the student cannot be shown (no stream, say): then the picker is offered. */
export async function studentOrPicker<T extends object>(
  stores: Pick<SandboxStores, "readModel" | "sandbox">,
  studentId: string | undefined,
  load: (studentId: string) => Promise<T | undefined>,
): Promise<StudentOrPicker<T>> {
  const shown = studentId === undefined ? undefined : await load(studentId);
  if (studentId !== undefined && shown !== undefined) return { kind: "student", studentId, ...shown };
  return { kind: "picker", recent: await recentOrNone(stores) };
}
