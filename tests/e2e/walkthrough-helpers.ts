/** What the walkthrough's end-to-end tests share: the step navigation, the instructor's unlock, screenshots. */
import fs from "node:fs/promises";
import path from "node:path";
import { expect as baseExpect, type Page } from "@playwright/test";
import { E2E_SECRETS } from "@/tests/support/test-env";

// Each click runs a server action against both stores on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });

export const SECRET = process.env.INSTRUCTOR_SECRET ?? E2E_SECRETS.INSTRUCTOR_SECRET;

export const nav = (page: Page) => ({
  back: page.getByRole("button", { name: "Back", exact: true }),
  next: page.getByRole("button", { name: "Next", exact: true }),
  /** The line under the intro: what Next waits for, or that it is unlocked. */
  hint: page
    .getByRole("status")
    .filter({ hasText: /^[✓◌]|Next unlocks|Done:/ })
    .first(),
});

export async function unlockInstructorControls(page: Page) {
  const panel = page.getByRole("group").filter({ has: page.getByText("Instructor controls", { exact: true }) });
  await page.getByText("Instructor controls", { exact: true }).click();
  await panel.getByLabel("Instructor secret").fill(SECRET);
  await panel.getByRole("button", { name: "Unlock" }).click();
  await expect(panel.getByText("Unlocked", { exact: true })).toBeVisible();
}

/** Registers a student with step 1's own button; returns its id (from the URL the step moves to). */
export async function registerOnStepOne(page: Page): Promise<string> {
  await page.goto("/walkthrough/1");
  await page.getByRole("button", { name: "Register a student" }).click();
  await page.waitForURL(/student=/);
  await expect(page.getByRole("list", { name: "Stored events" }).getByTestId("event-type")).toHaveText([
    "StudentRegistered",
  ]);
  return new URL(page.url()).searchParams.get("student")!;
}

export async function changeEmailOnStepOne(page: Page, events: number) {
  await page.getByRole("button", { name: "Change their email" }).click();
  await expect(page.getByRole("list", { name: "Stored events" }).getByRole("listitem")).toHaveCount(events);
}

/** Appends events to any stream through the HTTP API, as any client of the store would. */
export async function appendOverHttp(
  page: Page,
  streamId: string,
  events: { type: string; data: Record<string, unknown> }[],
) {
  const response = await page.request.post(`/api/streams/${encodeURIComponent(streamId)}`, {
    headers: { Authorization: `Bearer ${E2E_SECRETS.API_TOKEN}` },
    data: { events: events.map((event) => ({ ...event, metadata: {} })) },
  });
  expect(response.status(), await response.text()).toBe(201);
}

export const SCREENSHOT_DIR = path.join(".data", "screenshots");

/**
 * The page at desktop and phone widths, light and dark, into .data/screenshots/ (not committed), for a person
 * to look at. Only when WALKTHROUGH_SCREENSHOTS is set: 4 full-page shots per step slow the run down.
 */
export async function screenshotEveryWay(page: Page, name: string) {
  if (!process.env.WALKTHROUGH_SCREENSHOTS) return;
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const [width, device] of [
    [desktop.width, "desktop"],
    [390, "phone"],
  ] as const) {
    await page.setViewportSize({ width, height: desktop.height });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `walkthrough-${name}-${device}-${colorScheme}.png`),
        fullPage: true,
        animations: "disabled",
      });
    }
  }
  await page.setViewportSize(desktop);
  await page.emulateMedia({ colorScheme: null });
}
