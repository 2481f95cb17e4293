"use server";
/** The class actions: the instructor's (open, close, present) behind the instructor's access; the learner's own. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { openClassFromForm, joinClassFromForm, setClassOpenFromForm, startOver } from "@/lib/classroom/class-commands";
import { saveSharedStudent, startSharedSave } from "@/lib/classroom/class-activity";
import { startClassSeatRace, takeClassSeat } from "@/lib/classroom/seat-race-activity";
import { giveLearnerPass, presentSandbox, stopPresenting } from "@/lib/classroom/learner-session";
import { currentViewer, VIEWER_UNKNOWN } from "@/lib/classroom/viewer";
import { isLearnerSandbox } from "@/lib/domain/sandbox";
import { failed, rejected, type ActionState } from "@/lib/forms/action-state";
import { asInstructor } from "@/lib/instructor/instructor-commands";
import { currentInstructorAccess } from "@/lib/instructor/instructor-session";
import { isClassSandbox } from "@/lib/read-model/class-queries";
import { app } from "@/lib/server/app";

export async function openClassAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await asInstructor(await currentInstructorAccess(), "open a class", () =>
    openClassFromForm(app().readModel, formData),
  );
  if (state.status === "ok" && state.params?.class) redirect(`/classes/${state.params.class}`);
  return state;
}

export async function setClassOpenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await asInstructor(await currentInstructorAccess(), "change the class", () =>
    setClassOpenFromForm(app().readModel, formData),
  );
  revalidatePath("/classes", "layout");
  return state;
}

export async function joinClassAction(classId: string, _previous: ActionState, formData: FormData) {
  let joined: Awaited<ReturnType<typeof joinClassFromForm>>;
  try {
    joined = await joinClassFromForm(app().readModel, classId, formData);
  } catch (error) {
    console.error("joining a class failed", error);
    return failed("Could not join just now: the server's database did not answer. Please try again.");
  }
  if (!joined.learnerId) return joined.state;
  if (!(await giveLearnerPass(app().settings, joined.learnerId)))
    return failed("Classes are off on this server (it has no INSTRUCTOR_SECRET).");
  redirect("/walkthrough");
}

export async function startOverAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (formData.get("confirm") !== "yes") return rejected("Tick the box to confirm: your sandbox starts empty.");
  const viewer = await currentViewer(app()).catch(() => undefined);
  if (!viewer) return failed(VIEWER_UNKNOWN);
  try {
    const state = await startOver(app().readModel, viewer.learner?.learnerId);
    if (state.status !== "ok") return state;
  } catch (error) {
    console.error("start over failed", error);
    return failed("Could not start over just now: the server's database did not answer. Please try again.");
  }
  revalidatePath("/", "layout");
  redirect("/students");
}

export async function startActivityAction(classId: string, _previous: ActionState): Promise<ActionState> {
  return asInstructor(await currentInstructorAccess(), "start the class activity", () =>
    startSharedSave(app(), classId),
  );
}

export async function saveSharedStudentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await currentViewer(app()).catch(() => undefined);
  if (!viewer) return failed(VIEWER_UNKNOWN);
  const { learner } = viewer;
  if (!learner) return rejected("Join a class first: its activities are for its learners.");
  try {
    const state = await saveSharedStudent(app(), learner, formData);
    revalidatePath("/class");
    return state;
  } catch (error) {
    console.error("class activity: the save failed", error);
    return failed("The save could not be made just now. Please try again.");
  }
}

export async function presentSandboxAction(sandbox: string): Promise<void> {
  const access = await currentInstructorAccess();
  if (!access.allowed || !isLearnerSandbox(sandbox) || !(await isClassSandbox(app().readModel, sandbox))) return;
  await presentSandbox(sandbox);
  revalidatePath("/", "layout");
  redirect("/students");
}

export async function stopPresentingAction(): Promise<void> {
  await stopPresenting();
  revalidatePath("/", "layout");
}

export async function startSeatRaceAction(classId: string, _previous: ActionState): Promise<ActionState> {
  return asInstructor(await currentInstructorAccess(), "start the race for the last seats", () =>
    startClassSeatRace(app(), classId),
  );
}

export async function takeSeatAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  const viewer = await currentViewer(app()).catch(() => undefined);
  if (!viewer) return failed(VIEWER_UNKNOWN);
  const { learner } = viewer;
  if (!learner) return rejected("Join a class first: its races are for its learners.");
  try {
    const state = await takeClassSeat(app(), learner);
    revalidatePath("/class");
    return state;
  } catch (error) {
    console.error("class race: taking a seat failed", error);
    return failed("Your try could not be made just now. Please try again.");
  }
}
