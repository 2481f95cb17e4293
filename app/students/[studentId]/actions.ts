"use server";
/** The student page's actions, one per command. Each returns an ActionState; none throws to the client. */
import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/forms/action-state";
import { asViewer, VIEWER_UNKNOWN } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";
import { submitDetailsUpdate, submitEnrolment, submitUnenrolment } from "@/lib/students/form-submissions";

export async function updateStudentDetailsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshAfterChange(
    await asViewer(app(), (viewer) => submitDetailsUpdate(app(), formData, viewer), failed(VIEWER_UNKNOWN)),
  );
}

export async function enrolStudentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshAfterChange(
    await asViewer(app(), (viewer) => submitEnrolment(app(), formData, viewer), failed(VIEWER_UNKNOWN)),
  );
}

export async function unenrolStudentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshAfterChange(
    await asViewer(app(), (viewer) => submitUnenrolment(app(), formData, viewer), failed(VIEWER_UNKNOWN)),
  );
}

/** A change re-renders the student page (and the list) in the action's own response: no full reload. */
function refreshAfterChange(state: ActionState): ActionState {
  if (state.status === "ok" && state.studentId) {
    revalidatePath(`/students/${encodeURIComponent(state.studentId)}`);
    revalidatePath("/students");
  }
  return state;
}
