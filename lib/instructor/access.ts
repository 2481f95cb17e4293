/**
 * Who may use the instructor controls (seed, reset, pause/delay the projector, rebuild):
 * - with INSTRUCTOR_SECRET set, a browser that unlocked them: it holds an httpOnly cookie with an HMAC of the
 *   secret (never the secret itself), compared in constant time;
 * - without it, anyone, but only on a development server; any other server refuses, and says why.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Config } from "@/lib/config";

export const INSTRUCTOR_COOKIE = "ledgerline-instructor";

export type AccessSettings = Pick<Config, "instructorSecret" | "nodeEnv">;

export type InstructorAccess =
  | Readonly<{ allowed: true; via: "secret" | "development" }>
  | Readonly<{ allowed: false; reason: "locked" | "disabled"; message: string }>;

export const LOCKED_MESSAGE = "The instructor controls are locked: unlock them with the instructor secret first.";
export const DISABLED_MESSAGE =
  "The instructor controls are off: this server is not a development server and has no INSTRUCTOR_SECRET. Set INSTRUCTOR_SECRET and unlock them with it.";

/** What the cookie holds: an HMAC keyed by the secret, so a stolen cookie does not reveal the secret. */
export function unlockToken(secret: string): string {
  return createHmac("sha256", secret).update("ledgerline instructor controls v1").digest("hex");
}

/** Hashing first gives both sides the same length, so the comparison takes the same time whatever was sent. */
export function sameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

export function checkInstructorAccess(settings: AccessSettings, cookie: string | undefined): InstructorAccess {
  const { instructorSecret, nodeEnv } = settings;
  if (instructorSecret === undefined) {
    if (nodeEnv === "development") return { allowed: true, via: "development" };
    return { allowed: false, reason: "disabled", message: DISABLED_MESSAGE };
  }
  if (cookie !== undefined && sameSecret(cookie, unlockToken(instructorSecret)))
    return { allowed: true, via: "secret" };
  return { allowed: false, reason: "locked", message: LOCKED_MESSAGE };
}

/** Whether the unlock form's secret is right; false when no secret is configured (there is nothing to unlock). */
export function isRightSecret(settings: AccessSettings, sent: string): boolean {
  return settings.instructorSecret !== undefined && sameSecret(sent, settings.instructorSecret);
}
