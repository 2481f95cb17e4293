/**
 * The class-wide activity (docs/classes.md): the whole class saves one shared student at once, each save naming
 * the revision its learner loaded. Optimistic concurrency lets exactly one save per revision through; the others
 * are refused with what changed. Every attempt is recorded, so the class view counts winners and refusals live.
 * Another race (the last seat of a course) can run the same way: a shared stream, attempts, rounds.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { fromCommandResult, rejected, type ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/parse-form";
import { findClass, recordAttempt, setClassActivity, type LearnerView } from "@/lib/read-model/class-queries";
import { loadStudentHistory } from "@/lib/students/student-history";
import { registerStudent, updateStudentDetails, type CommandDeps } from "@/lib/students/student-commands";
import { demoPerson } from "@/lib/walkthrough/demo-values";

export interface SharedStudent {
  studentId: string;
  fullName: string;
  email: string;
  revision: number;
}

/** Registers the shared student in the class's shared sandbox and makes it the running activity. */
export async function startSharedSave(deps: CommandDeps, classId: string): Promise<ActionState> {
  const found = await findClass(deps.readModel, classId);
  if (!found?.sharedSandbox) return rejected("No such class.");
  const result = await registerStudent(deps, demoPerson(randomBytes(1)[0] ?? 0, randomBytes(3).toString("hex")), {
    sandbox: found.sharedSandbox,
  });
  if (result.status === "ok") await setClassActivity(deps.readModel, classId, result.studentId);
  return fromCommandResult(result, () => "The race is on: every learner's class page now shows the shared student.");
}

/** The running activity's student as it is now, for a learner's page; undefined when none runs. */
export async function sharedStudentOf(
  deps: Pick<CommandDeps, "store">,
  learner: Pick<LearnerView, "sharedSandbox" | "activityStudent">,
): Promise<SharedStudent | undefined> {
  if (!learner.sharedSandbox || !learner.activityStudent) return undefined;
  const history = await loadStudentHistory(deps.store, learner.sharedSandbox, learner.activityStudent);
  if (history?.state.status !== "registered") return undefined;
  const { fullName, email } = history.state;
  return { studentId: learner.activityStudent, fullName, email, revision: history.revision };
}

const saveSchema = z.object({
  expectedRevision: z
    .string()
    .regex(/^\d{1,9}$/, "Not a revision")
    .transform(Number),
  email: z.string().trim().min(1, "Enter an email address").max(254),
});

/** One learner's save of the shared student, at the revision their page loaded; recorded as saved or refused. */
export async function saveSharedStudent(
  deps: CommandDeps,
  learner: LearnerView,
  formData: FormData,
): Promise<ActionState> {
  const parsed = parseForm(saveSchema, formData);
  if (!parsed.ok) return rejected(Object.values(parsed.fieldErrors)[0] ?? "This form could not be read");
  const shared = await sharedStudentOf(deps, learner);
  if (!shared || !learner.sharedSandbox) return rejected("No class activity runs right now.");
  const { expectedRevision, email } = parsed.value;
  const result = await updateStudentDetails(
    deps,
    { studentId: shared.studentId, fullName: shared.fullName, email },
    { sandbox: learner.sharedSandbox, expectedRevision },
  );
  if (result.status === "ok" || result.status === "conflict")
    await recordAttempt(deps.readModel, {
      classId: learner.classId,
      activityStudent: shared.studentId,
      learnerId: learner.learnerId,
      expectedRevision,
      outcome: result.status === "ok" ? "saved" : "refused",
    });
  return fromCommandResult(result, ({ revision, eventsAppended }) =>
    eventsAppended > 0
      ? `Your save won: revision ${revision} is yours.`
      : "Nothing changed: that is already the email. Type another one.",
  );
}
