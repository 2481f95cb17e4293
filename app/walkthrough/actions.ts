"use server";
/**
 * The /walkthrough segment's actions: the instructor controls (each checks this browser's access first and
 * says why it refuses) and presenter mode. Every action returns a ActionState; none throws.
 */
import { after } from "next/server";
import { z } from "zod";
import { config } from "@/lib/config";
import { DISABLED_MESSAGE } from "@/lib/instructor/access";
import {
  asInstructor,
  projectorFromForm,
  rebuildInBackground,
  resetFromForm,
  seedFromForm,
} from "@/lib/instructor/instructor-commands";
import {
  currentInstructorAccess,
  lockInstructorControls,
  unlockInstructorControls,
} from "@/lib/instructor/instructor-session";
import { parseForm } from "@/lib/forms/parse-form";
import { ok, rejected, type ActionState } from "@/lib/forms/action-state";
import { app, resetDemo } from "@/lib/server/app";
import { setPresenterMode } from "@/lib/walkthrough/presenter-mode";

const secretSchema = z.object({ secret: z.string().min(1, "Enter the instructor secret") });

export async function unlockInstructorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(secretSchema, formData);
  if (!parsed.ok) return rejected(parsed.fieldErrors.secret ?? "Enter the instructor secret");
  const { instructorSecret, nodeEnv } = config();
  if (instructorSecret === undefined) {
    return nodeEnv === "development"
      ? ok("Nothing to unlock: on a development server the controls are open.")
      : { status: "refused", message: DISABLED_MESSAGE };
  }
  if (await unlockInstructorControls(parsed.value.secret))
    return ok("Unlocked: the instructor controls work in this browser for 12 hours.");
  // A pause per wrong guess makes guessing slow without bothering anyone who types the secret right.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return rejected("That is not the instructor secret.");
}

export async function lockInstructorAction(): Promise<ActionState> {
  await lockInstructorControls();
  return ok("Locked.");
}

export async function seedClassAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return asInstructor(await currentInstructorAccess(), "seed the class", () => seedFromForm(app(), formData));
}

export async function resetDemoAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return asInstructor(await currentInstructorAccess(), "reset the demo data", () => resetFromForm(formData, resetDemo));
}

export async function projectorControlAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return asInstructor(await currentInstructorAccess(), "change the projector", () =>
    projectorFromForm(app(), formData),
  );
}

export async function startRebuildAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  return asInstructor(await currentInstructorAccess(), "start a rebuild", () =>
    rebuildInBackground(app(), (task) => after(task)),
  );
}

export async function setPresenterModeAction(on: boolean): Promise<void> {
  await setPresenterMode(on);
}
