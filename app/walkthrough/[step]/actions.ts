"use server";
/**
 * The walkthrough steps' "Do it" actions: each sends a real command (or, for steps 7 and 9, appends what the
 * step is about) and returns a ActionState whose `params` put what it made into the step's URL.
 */
import { z } from "zod";
import { formatCount } from "@/components/ui/format";
import { parseForm } from "@/lib/forms/parse-form";
import { app } from "@/lib/server/app";
import { isStudentId } from "@/lib/students/student-input-schemas";
import { failed, fromCommandResult, ok, rejected, type ActionState } from "@/lib/forms/action-state";
import { asViewer, VIEWER_UNKNOWN } from "@/lib/classroom/viewer";
import { recordStepAttempt } from "@/lib/read-model/class-queries";
import {
  changeDemoDetails,
  type DemoDeps,
  changeDetailsAndProjectInline,
  enrolDemoStudent,
  registerDemoStudent,
} from "@/lib/walkthrough/demo-commands";
import { storeLegacyRegistration } from "@/lib/walkthrough/legacy-event";
import { runSoloSeatRace, SOLO_RACERS } from "@/lib/walkthrough/seat-race";
import { createLongHistory, LONG_HISTORY_EVENTS, LONG_HISTORY_SNAPSHOT_AT } from "@/lib/walkthrough/long-history";

const studentSchema = z.object({ student: z.string().refine(isStudentId, "Choose a student first") });

function studentOf(formData: FormData): string | undefined {
  const parsed = parseForm(studentSchema, formData);
  return parsed.ok ? parsed.value.student : undefined;
}

const NO_STUDENT = rejected("Choose a student first (or register one on step 1).");

/**
 * Runs a step's "Do it" in the viewer's sandbox (lib/classroom/viewer.ts) and, for a learner, records the step
 * and whether it did what it should, for the class view. A lost record never fails the action.
 */
async function inSandbox(step: number, run: (deps: DemoDeps) => Promise<ActionState>): Promise<ActionState> {
  return asViewer(
    app(),
    async (viewer) => {
      const state = await run({ ...app(), sandbox: viewer.sandbox });
      if (viewer.learner)
        await recordStepAttempt(app().readModel, viewer.sandbox, step, state.status === "ok").catch((error: unknown) =>
          console.error("walkthrough: could not record the step for the class view", error),
        );
      return state;
    },
    failed(VIEWER_UNKNOWN),
  );
}

async function safely(what: string, run: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await run();
  } catch (error) {
    console.error(`walkthrough: ${what} failed`, error);
    return failed(`Could not ${what}: check that both stores are running (the home page shows them).`);
  }
}

export async function registerStudentStepAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  return inSandbox(1, async (deps) =>
    fromCommandResult(
      await registerDemoStudent(deps),
      () => "Stored StudentRegistered as revision 1 of a new stream.",
      ({ studentId }) => ({ student: studentId }),
    ),
  );
}

export async function changeDetailsStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const student = studentOf(formData);
  if (!student) return NO_STUDENT;
  return inSandbox(1, async (deps) =>
    fromCommandResult(
      await changeDemoDetails(deps, student),
      ({ revision }) => `Stored StudentDetailsUpdated as revision ${revision}.`,
    ),
  );
}

export async function enrolStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const student = studentOf(formData);
  if (!student) return NO_STUDENT;
  return inSandbox(2, async (deps) => {
    const { result, what } = await enrolDemoStudent(deps, student);
    return fromCommandResult(
      result,
      ({ revision }) => `Stored revision ${revision} (${what}) as a new item.`,
      ({ revision }) => ({ expect: String(revision) }),
    );
  });
}

export async function appendForLagAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const student = studentOf(formData);
  if (!student) return NO_STUDENT;
  return inSandbox(4, async (deps) =>
    fromCommandResult(
      await changeDemoDetails(deps, student),
      ({ revision }) => `Stored revision ${revision}; the read model has it once the projector gets there.`,
      ({ revision }) => ({ expect: String(revision) }),
    ),
  );
}

export async function appendInlineAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const student = studentOf(formData);
  if (!student) return NO_STUDENT;
  return inSandbox(4, async (deps) => {
    const { result, projected } = await changeDetailsAndProjectInline(deps, student);
    return fromCommandResult(
      result,
      ({ revision }) =>
        projected
          ? `Stored revision ${revision} and wrote it to MySQL in the same request: the row is fresh at once.`
          : `Stored revision ${revision}, but MySQL could not be written now; the projector will bring it.`,
      ({ revision }) => ({ expect: String(revision) }),
    );
  });
}

const tabSchema = z.object({
  student: z.string().refine(isStudentId, "Choose a student first"),
  expectedRevision: z
    .string()
    .regex(/^\d{1,9}$/, "Not a revision")
    .transform(Number),
  email: z.string().trim().min(1, "Enter an email address"),
});

/** Step 5: one tab's save, with the revision that tab loaded as the expected revision. */
export async function saveFromTabAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(tabSchema, formData);
  if (!parsed.ok) return rejected(Object.values(parsed.fieldErrors)[0] ?? "This tab's form could not be read");
  const { student, expectedRevision, email } = parsed.value;
  return inSandbox(5, async (deps) =>
    fromCommandResult(
      await changeDemoDetails(deps, student, expectedRevision, email),
      ({ revision }) =>
        `Saved: expected revision ${expectedRevision} matched, the stream is now at revision ${revision}.`,
      // The tab reads its new revision from here; it is not merged into the URL (the tab is no DoItForm).
      ({ revision }) => ({ revision: String(revision) }),
    ),
  );
}

export async function createLongHistoryAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  return safely("create the long stream", () =>
    inSandbox(7, async (deps) => {
      const result = await createLongHistory(deps);
      if (!result.ok) return rejected(result.message);
      return ok(
        `Stored ${formatCount(LONG_HISTORY_EVENTS)} events, one append each, and a snapshot at revision ${formatCount(LONG_HISTORY_SNAPSHOT_AT)}.`,
        { student: result.studentId },
      );
    }),
  );
}

export async function storeLegacyEventAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  return safely("store the old-shaped event", () =>
    inSandbox(9, async (deps) => {
      const studentId = await storeLegacyRegistration(deps.store, deps.sandbox);
      return ok("Stored StudentRegistered with schema version 1, the shape the first version of the app wrote.", {
        student: studentId,
      });
    }),
  );
}

export async function raceForLastSeatsAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  return safely("run the race", () =>
    inSandbox(10, async (deps) => {
      const race = await runSoloSeatRace(deps, deps.sandbox);
      return ok(`The race is run: ${SOLO_RACERS} racers, both ways. Here is how each way ended.`, { race: race.id });
    }),
  );
}
