/**
 * What the class forms do (docs/classes.md): the instructor opens a class; a learner joins it with a display
 * name and gets a sandbox; "start over" gives them a fresh one. Input is checked here; cookies are set by the
 * callers (learner-session.ts), so these stay testable without a request.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { newSandboxId } from "@/lib/domain/sandbox";
import { failed, invalid, ok, rejected, type ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/parse-form";
import { forgetLearner } from "@/lib/classroom/viewer";
import type { ReadModel } from "@/lib/read-model/client";
import { addLearner, addSandbox, createClass, findClass, setClassOpen } from "@/lib/read-model/class-queries";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const randomId = (prefix: string, length: number) =>
  prefix + Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join("");

export const CLASS_ID_PATTERN = /^c[a-z0-9]{10}$/;

/** Text, not markup: shown as typed (React escapes it); control characters and surrounding spaces are dropped. */
const plainText = (field: string, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\p{Cc}/gu, "").trim())
    .pipe(
      z
        .string()
        .min(1, `Enter ${field}`)
        .max(max, `${field[0]!.toUpperCase()}${field.slice(1)} is at most ${max} characters`),
    );

const classSchema = z.object({ className: plainText("a class name", 80) });
const joinSchema = z.object({ displayName: plainText("a display name", 60) });

export async function openClassFromForm(readModel: ReadModel, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(classSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const created = await createClass(
    readModel,
    randomId("c", 10),
    parsed.value.className,
    newSandboxId(randomBytes(10)),
  );
  return ok(`Class “${created.name}” is open: share its join link.`, { class: created.id });
}

export async function setClassOpenFromForm(readModel: ReadModel, formData: FormData): Promise<ActionState> {
  const classId = String(formData.get("classId") ?? "");
  const open = formData.get("open") === "true";
  if (!CLASS_ID_PATTERN.test(classId) || !(await findClass(readModel, classId))) return rejected("No such class.");
  await setClassOpen(readModel, classId, open);
  return ok(open ? "The class is open: its link lets people join." : "The class is closed: nobody new can join.");
}

export type JoinOutcome = { state: ActionState; learnerId?: string };

/** A new learner with a new sandbox, when the class exists and is open. */
export async function joinClassFromForm(
  readModel: ReadModel,
  classId: string,
  formData: FormData,
): Promise<JoinOutcome> {
  const parsed = parseForm(joinSchema, formData);
  if (!parsed.ok) return { state: invalid(parsed.fieldErrors) };
  const found = CLASS_ID_PATTERN.test(classId) ? await findClass(readModel, classId) : undefined;
  if (!found) return { state: rejected("This class does not exist: check the link with your instructor.") };
  if (!found.open) return { state: rejected("This class is closed: ask your instructor to open it again.") };
  const learnerId = randomId("l", 12);
  const sandbox = newSandboxId(randomBytes(10));
  await addLearner(readModel, { id: learnerId, classId, displayName: parsed.value.displayName, sandbox });
  return { state: ok(`Welcome, ${parsed.value.displayName}: this sandbox is yours.`), learnerId };
}

export async function startOver(readModel: ReadModel, learnerId: string | undefined): Promise<ActionState> {
  if (!learnerId) return failed("Only a learner in a class has a sandbox to start over.");
  await addSandbox(readModel, learnerId, newSandboxId(randomBytes(10)));
  // This process sees the new sandbox at once; another process within its few seconds of caching.
  forgetLearner(learnerId);
  return ok("A fresh sandbox: your old events stay in the store, where your instructor can still open them.");
}
