/**
 * The lab's progress on the server: a pass a class learner's browser reports, recorded in their sandbox, and the
 * passes a page shows. The server cannot run the learner's code (it never does), so a pass is the browser's word:
 * progress for the class view, not a grade. A read model that is away loses the record, never the page.
 */
import "server-only";
import { isLearnerSandbox } from "@/lib/domain/sandbox";
import { findExercise } from "@/lib/lab/exercise-list";
import type { ReadModel } from "@/lib/read-model/client";
import { insertLabPass, labPassesBySandbox, labPassesOf } from "@/lib/read-model/lab-pass-queries";

export type RecordPassResult = { status: "ok" } | { status: "unknown-exercise" } | { status: "error" };

export async function recordLabPass(
  readModel: ReadModel,
  sandbox: string,
  exerciseId: unknown,
): Promise<RecordPassResult> {
  if (typeof exerciseId !== "string" || !findExercise(exerciseId)) return { status: "unknown-exercise" };
  // Solo use keeps its progress in the browser alone: the default sandbox is everyone's who is in no class.
  if (!isLearnerSandbox(sandbox)) return { status: "ok" };
  try {
    await insertLabPass(readModel, sandbox, exerciseId);
    return { status: "ok" };
  } catch (error) {
    console.error("could not record a lab pass", error);
    return { status: "error" };
  }
}

export async function loadLabPasses(readModel: ReadModel, sandbox: string): Promise<string[]> {
  if (!isLearnerSandbox(sandbox)) return [];
  try {
    return await labPassesOf(readModel, sandbox);
  } catch {
    return [];
  }
}

/** The lab exercises each learner's current sandbox passed, for the class view; none when MySQL is away. */
export async function loadClassLabPasses(
  readModel: ReadModel,
  learners: readonly { sandboxes: readonly { sandbox: string }[] }[],
): Promise<Record<string, string[]>> {
  const sandboxes = learners.flatMap((learner) => learner.sandboxes.slice(0, 1).map((box) => box.sandbox));
  try {
    return await labPassesBySandbox(readModel, sandboxes);
  } catch {
    return {};
  }
}
