/**
 * The instructor access of the current request: the configured secret against the browser's cookie. Server
 * components and server actions call these; the rule itself is in access.ts.
 */
import "server-only";
import { cookies } from "next/headers";
import { overHttps } from "@/lib/classroom/learner-session";
import { config } from "@/lib/config";
import {
  checkInstructorAccess,
  INSTRUCTOR_COOKIE,
  isRightSecret,
  unlockToken,
  type InstructorAccess,
} from "@/lib/instructor/access";

export async function currentInstructorAccess(): Promise<InstructorAccess> {
  const jar = await cookies();
  return checkInstructorAccess(config(), jar.get(INSTRUCTOR_COOKIE)?.value);
}

/** Sets the unlock cookie when the secret is right; returns whether it was. */
export async function unlockInstructorControls(secret: string): Promise<boolean> {
  const settings = config();
  if (settings.instructorSecret === undefined || !isRightSecret(settings, secret)) return false;
  const jar = await cookies();
  jar.set(INSTRUCTOR_COOKIE, unlockToken(settings.instructorSecret), {
    httpOnly: true,
    sameSite: "strict",
    secure: await overHttps(),
    path: "/",
    // A class, not a term: the instructor unlocks again tomorrow.
    maxAge: 12 * 60 * 60,
  });
  return true;
}

export async function lockInstructorControls(): Promise<void> {
  const jar = await cookies();
  jar.delete(INSTRUCTOR_COOKIE);
}
