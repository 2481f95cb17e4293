"use server";
/** The lab's one action: the learner's browser reports an exercise passed, recorded in the viewer's sandbox. */
import { currentViewer } from "@/lib/classroom/viewer";
import { recordLabPass, type RecordPassResult } from "@/lib/lab/lab-progress";
import { app } from "@/lib/server/app";

export async function recordLabPassAction(exerciseId: string): Promise<RecordPassResult> {
  try {
    const viewer = await currentViewer(app());
    return await recordLabPass(app().readModel, viewer.sandbox, exerciseId);
  } catch {
    return { status: "error" };
  }
}
