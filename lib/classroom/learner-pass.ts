/**
 * The learner's pass: an httpOnly cookie naming the learner, signed with a key derived from INSTRUCTOR_SECRET
 * (or a development key on a development server), so a forged or altered cookie is refused: its holder is
 * then a new visitor, never someone else. The sandbox is not in the cookie: it is looked up (start over
 * changes it), so a pass only ever proves who the learner is.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Config } from "@/lib/config";

export const LEARNER_COOKIE = "ledgerline-learner";
/** A course lasts weeks; a pass that outlives it just means joining again. */
export const PASS_DAYS = 30;

export interface LearnerPass {
  learnerId: string;
  /** Seconds since the epoch. */
  expires: number;
}

/** undefined when no key can be derived: classes are off (not a development server, no INSTRUCTOR_SECRET). */
export function passKey(settings: Pick<Config, "instructorSecret" | "nodeEnv">): Buffer | undefined {
  const root = settings.instructorSecret ?? (settings.nodeEnv === "development" ? "ledgerline development" : undefined);
  return root === undefined ? undefined : createHmac("sha256", root).update("ledgerline learner passes v1").digest();
}

const sign = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest("base64url");

export function writePass(key: Buffer, pass: LearnerPass): string {
  const body = Buffer.from(JSON.stringify({ l: pass.learnerId, e: pass.expires })).toString("base64url");
  return `${body}.${sign(key, body)}`;
}

export function readPass(key: Buffer, token: string | undefined, nowSeconds: number): LearnerPass | undefined {
  if (!token || token.length > 512) return undefined;
  const [body, signature, ...rest] = token.split(".");
  if (!body || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(sign(key, body));
  const sent = Buffer.from(signature);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return undefined;
  try {
    const value = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { l?: unknown; e?: unknown };
    if (typeof value.l !== "string" || typeof value.e !== "number" || value.e <= nowSeconds) return undefined;
    return { learnerId: value.l, expires: value.e };
  } catch {
    return undefined;
  }
}
