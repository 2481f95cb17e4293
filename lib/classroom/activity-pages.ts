/** What the class activity shows: a learner's shared student, and the instructor's rounds of the race. */
import "server-only";
import { sharedStudentOf, type SharedStudent } from "@/lib/classroom/class-activity";
import { activityRounds, type ActivityRound, type ClassRow, type LearnerView } from "@/lib/read-model/class-queries";
import type { Stores } from "@/lib/server/app";

export async function loadLearnerActivity(stores: Stores, learner: LearnerView): Promise<SharedStudent | undefined> {
  return sharedStudentOf(stores, learner);
}

export interface ClassActivity {
  student: SharedStudent | undefined;
  rounds: ActivityRound[];
}

/** undefined when no activity runs in the class. */
export async function loadClassActivity(stores: Stores, found: ClassRow): Promise<ClassActivity | undefined> {
  if (!found.activityStudent || !found.sharedSandbox) return undefined;
  const [student, rounds] = await Promise.all([
    sharedStudentOf(stores, found),
    activityRounds(stores.readModel, found.id, found.activityStudent),
  ]);
  return { student, rounds };
}
