/**
 * What each instructor control does, given the form it was sent with, and the one gate in front of all of
 * them. The server actions only add the request's access (its cookie); tests pass an access value directly.
 */
import "server-only";
import { z } from "zod";
import type { InstructorAccess } from "@/lib/instructor/access";
import { controlProjector, type ProjectorCommand } from "@/lib/instructor/projector-view";
import { SeedConflictError, seedSampleClass } from "@/lib/instructor/seed-class";
import { startRebuild } from "@/lib/instructor/start-rebuild";
import { parseForm } from "@/lib/forms/parse-form";
import type { App } from "@/lib/server/app";
import { failed, ok, rejected, type ActionState } from "@/lib/forms/action-state";

/** Runs `run` only with access; otherwise answers why not. A store failure becomes a message, never a throw. */
export async function asInstructor(
  access: InstructorAccess,
  what: string,
  run: () => Promise<ActionState>,
): Promise<ActionState> {
  if (!access.allowed) return { status: "refused", message: access.message };
  try {
    return await run();
  } catch (error) {
    console.error(`instructor: ${what} failed`, error);
    return failed(`Could not ${what}: check that both stores are running (the home page shows them).`);
  }
}

const seedSchema = z.object({
  seed: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, "A seed is a whole number (up to 9 digits)")
    .transform(Number),
});

export async function seedFromForm(parts: App, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(seedSchema, formData);
  if (!parsed.ok) return rejected(parsed.fieldErrors.seed ?? "Enter a seed");
  try {
    const result = await seedSampleClass(parts.store, parsed.value.seed);
    const already = result.events - result.appended;
    return ok(
      `Seed ${result.seed}: ${result.students} students, ${result.events} events` +
        (already > 0 ? ` (${already} were already stored by the same seed, so nothing was duplicated).` : " stored."),
    );
  } catch (error) {
    if (error instanceof SeedConflictError) return rejected(error.message);
    throw error;
  }
}

/** `reset` is the app's reset (lib/server/app.ts): the stores emptied, then new store objects. */
export async function resetFromForm(formData: FormData, reset: () => Promise<void>): Promise<ActionState> {
  if (formData.get("confirm") !== "yes")
    return rejected("Tick the box to confirm: this deletes every event and every row.");
  await reset();
  return ok("Every event and every read-model row is gone; the projector starts again from an empty table.");
}

const projectorSchema = z.object({
  command: z.enum(["pause", "resume", "delay"], "Choose pause, resume or delay"),
  seconds: z
    .string()
    .trim()
    .regex(/^\d{0,2}$/, "A delay is 1 to 60 seconds")
    .transform((s) => Math.min(60, Math.max(1, Number(s || "5")))),
});

export async function projectorFromForm(parts: App, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(projectorSchema, formData);
  if (!parsed.ok) return rejected(Object.values(parsed.fieldErrors)[0] ?? "Choose what the projector should do");
  const { command: kind, seconds } = parsed.value;
  const command: ProjectorCommand = kind === "delay" ? { kind, seconds } : { kind };
  await controlProjector(parts.readModel, command);
  if (kind === "pause") return ok("Projector paused: new events wait in the event store.");
  if (kind === "resume") return ok("Projector resumed: it catches up with what was waiting.");
  return ok(`Projector delayed: each event reaches the read model ${seconds} s after it is stored.`);
}

/** `keepAlive` hands the running rebuild to the framework (Next's `after`). */
export async function rebuildInBackground(
  parts: App,
  keepAlive: (task: () => Promise<void>) => void,
): Promise<ActionState> {
  const result = await startRebuild(parts, keepAlive);
  if (!result.started) return rejected(result.message);
  return ok(`Rebuild ${result.runId} started.`, { run: String(result.runId) });
}
