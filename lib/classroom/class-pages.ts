/** What the class pages load: the instructor's list of classes, one class with its roster, a join page's class. */
import "server-only";
import type { InstructorAccess } from "@/lib/instructor/access";
import { currentInstructorAccess } from "@/lib/instructor/instructor-session";
import { CLASS_ID_PATTERN } from "@/lib/classroom/class-commands";
import { classRoster, findClass, listClasses, type ClassRow, type RosterLearner } from "@/lib/read-model/class-queries";
import type { ReadModel } from "@/lib/read-model/client";

export type ClassesPage =
  | { access: Extract<InstructorAccess, { allowed: false }> }
  | { access: Extract<InstructorAccess, { allowed: true }>; classes: Awaited<ReturnType<typeof listClasses>> };

export async function loadClassesPage(readModel: ReadModel): Promise<ClassesPage> {
  const access = await currentInstructorAccess();
  if (!access.allowed) return { access };
  return { access, classes: await listClasses(readModel) };
}

export type ClassPage =
  | { access: Extract<InstructorAccess, { allowed: false }> }
  | { access: Extract<InstructorAccess, { allowed: true }>; found: ClassRow; learners: RosterLearner[] }
  | { access: Extract<InstructorAccess, { allowed: true }>; found: undefined };

export async function loadClassPage(readModel: ReadModel, classId: string): Promise<ClassPage> {
  const access = await currentInstructorAccess();
  if (!access.allowed) return { access };
  const found = CLASS_ID_PATTERN.test(classId) ? await findClass(readModel, classId) : undefined;
  if (!found) return { access, found };
  return { access, found, learners: await classRoster(readModel, classId) };
}

/** A join link's class, if the id names one. */
export async function loadJoinPage(readModel: ReadModel, classId: string): Promise<ClassRow | undefined> {
  return CLASS_ID_PATTERN.test(classId) ? findClass(readModel, classId) : undefined;
}
