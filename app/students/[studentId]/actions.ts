"use server";
/** The student page's actions, one per command. Each returns an ActionState; none throws to the client. */
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/forms/action-state";
import { currentViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";
import { submitDetailsUpdate, submitEnrolment, submitUnenrolment } from "@/lib/students/form-submissions";

export async function updateStudentDetailsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshAfterChange(await submitDetailsUpdate(app(), formData, await currentViewer(app())));
}

export async function enrolStudentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshAfterChange(await submitEnrolment(app(), formData, await currentViewer(app())));
}

export async function unenrolStudentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshAfterChange(await submitUnenrolment(app(), formData, await currentViewer(app())));
}

/** A change re-renders the student page (and the list) in the action's own response: no full reload. */
function refreshAfterChange(state: ActionState): ActionState {
  if (state.status === "ok" && state.studentId) {
    revalidatePath(`/students/${encodeURIComponent(state.studentId)}`);
    revalidatePath("/students");
  }
  return state;
}
