/**
 * The learner's and the presenter's cookies for the current request: set on joining, presenting and stopping.
 * The rules (signing, whose sandbox) are in learner-pass.ts and viewer.ts.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import type { Config } from "@/lib/config";
import { LEARNER_COOKIE, PASS_DAYS, passKey, writePass } from "@/lib/classroom/learner-pass";
import { PRESENT_COOKIE } from "@/lib/classroom/viewer";

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Whether this request reached the server over HTTPS (directly or through a proxy that says so). A classroom
 * server is often reached as http://<address>, where a `secure` cookie would be dropped by the browser.
 */
export async function overHttps(): Promise<boolean> {
  const sent = await headers();
  const proto = sent.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (proto) return proto === "https";
  return sent.get("origin")?.startsWith("https://") ?? false;
}

/** false when no pass can be signed (classes are off on this server). */
export async function giveLearnerPass(settings: Config, learnerId: string): Promise<boolean> {
  const key = passKey(settings);
  if (!key) return false;
  const expires = Math.floor(Date.now() / 1000) + PASS_DAYS * DAY_SECONDS;
  (await cookies()).set(LEARNER_COOKIE, writePass(key, { learnerId, expires }), {
    httpOnly: true,
    sameSite: "lax",
    secure: await overHttps(),
    path: "/",
    maxAge: PASS_DAYS * DAY_SECONDS,
  });
  return true;
}

export async function presentSandbox(sandbox: string): Promise<void> {
  (await cookies()).set(PRESENT_COOKIE, sandbox, {
    httpOnly: true,
    sameSite: "strict",
    secure: await overHttps(),
    path: "/",
    maxAge: 12 * 60 * 60,
  });
}

export async function stopPresenting(): Promise<void> {
  (await cookies()).delete(PRESENT_COOKIE);
}
