"use server";
/** The /students segment's action: registering a new student (the form lives at /students/new). */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, type ActionState } from "@/lib/forms/action-state";
import { asViewer, VIEWER_UNKNOWN } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";
import { submitRegistration } from "@/lib/students/form-submissions";

export async function registerStudentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await asViewer(app(), (viewer) => submitRegistration(app(), formData, viewer), failed(VIEWER_UNKNOWN));
  if (state.status !== "ok" || !state.studentId) return state;
  revalidatePath("/students");
  // redirect() ends the action by throwing Next's own navigation signal, which the framework handles.
  redirect(`/students/${encodeURIComponent(state.studentId)}`);
}
