/**
 * Presenter mode (large type, high contrast) is a choice of the browser, kept in a cookie so it lasts across
 * steps and reloads without showing up in every shared link.
 */
import "server-only";
import { cookies } from "next/headers";

const PRESENTER_COOKIE = "ledgerline-presenter";

export async function isPresenterMode(): Promise<boolean> {
  return (await cookies()).get(PRESENTER_COOKIE)?.value === "on";
}

export async function setPresenterMode(on: boolean): Promise<void> {
  const jar = await cookies();
  if (on) jar.set(PRESENTER_COOKIE, "on", { path: "/walkthrough", sameSite: "lax", maxAge: 30 * 24 * 60 * 60 });
  else jar.delete({ name: PRESENTER_COOKIE, path: "/walkthrough" });
}
