import fs from "node:fs/promises";
import path from "node:path";
import { expect as baseExpect, test, type Page, type TestInfo } from "@playwright/test";

// Each click runs a server action against both stores on a busy two-core machine; the projector polls.
const expect = baseExpect.configure({ timeout: 20_000 });
const SECRET = process.env.INSTRUCTOR_SECRET ?? "e2e-instructor-secret";

// One worker, in order: steps 4 and 8 pause the projector for everyone, so they must not overlap each other.
test.describe.configure({ mode: "default" });

const nav = (page: Page) => ({
  back: page.getByRole("button", { name: "Back", exact: true }),
  next: page.getByRole("button", { name: "Next", exact: true }),
  hint: page.getByTestId("next-hint"),
});

/** Registers a student with step 1's own button; returns its id (from the URL the step moves to). */
async function registerOnStepOne(page: Page): Promise<string> {
  await page.goto("/walkthrough/1");
  await page.getByRole("button", { name: "Register a student" }).click();
  await page.waitForURL(/student=/);
  await expect(page.getByRole("list", { name: "Stored events" }).getByTestId("event-type")).toHaveText(["StudentRegistered"]);
  return new URL(page.url()).searchParams.get("student")!;
}

async function changeEmailOnStepOne(page: Page, events: number) {
  await page.getByRole("button", { name: "Change their email" }).click();
  await expect(page.getByRole("list", { name: "Stored events" }).getByRole("listitem")).toHaveCount(events);
}

async function unlockInstructorControls(page: Page) {
  const panel = page.getByTestId("instructor-panel");
  await panel.getByText("Instructor controls").click();
  await panel.getByLabel("Instructor secret").fill(SECRET);
  await panel.getByRole("button", { name: "Unlock" }).click();
  await expect(panel.getByText("Unlocked", { exact: true })).toBeVisible();
}

/** The page in light and dark, attached to the report and kept under test-results/screenshots/. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  const dir = path.join("test-results", "screenshots");
  await fs.mkdir(dir, { recursive: true });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const file = path.join(dir, `walkthrough-${name}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    await testInfo.attach(`${name}-${colorScheme}`, { path: file, contentType: "image/png" });
  }
  await page.emulateMedia({ colorScheme: null });
}

test("step 1 stores a StudentRegistered event and shows what a CRUD row would lose", async ({ page }) => {
  await page.goto("/walkthrough/1");
  await expect(page.getByTestId("step-progress")).toHaveText("Step 1 of 9");
  await expect(page.getByTestId("key-term")).toHaveText("event");
  await expect(nav(page).back).toBeDisabled();
  await expect(nav(page).next).toBeDisabled();
  await registerOnStepOne(page);
  await expect(nav(page).next).toBeEnabled();

  await changeEmailOnStepOne(page, 2);
  await page.getByRole("button", { name: "Show what a CRUD row would keep" }).click();
  const lost = page.getByRole("list", { name: "Values a CRUD row would have lost" });
  await expect(lost).toContainText("email");
  await expect(lost).toContainText("replaced by revision 2");

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/walkthrough\/2\?student=/);
});

test("step 2 shows the stream's items as DynamoDB holds them, one more per append", async ({ page }, testInfo) => {
  const student = await registerOnStepOne(page);
  await nav(page).next.click();
  await expect(page).toHaveURL(`/walkthrough/2?student=${student}`);
  const items = page.getByTestId("dynamodb-item");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`"pk": {\n    "S": "student-${student}"`);
  await expect(items.first()).toContainText(`"sk": {\n    "N": "1"`);
  await expect(nav(page).next).toBeDisabled();

  await page.getByRole("button", { name: "Append another event" }).click();
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText(`"N": "2"`);
  await expect(nav(page).next).toBeEnabled();
  await screenshots(page, testInfo, "step-2");
});

test("step 3 folds the stream event by event with play, step and speed", async ({ page }, testInfo) => {
  const student = await registerOnStepOne(page);
  await changeEmailOnStepOne(page, 2);
  await page.goto(`/walkthrough/3?student=${student}`);
  await expect(page.getByLabel("Source of the in-memory event store")).toContainText("export function createInMemoryEventStore");
  await expect(nav(page).next).toBeDisabled();

  const position = page.getByTestId("fold-position");
  await expect(position).toHaveText("Folded 0 of 2 events");
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(position).toHaveText("Folded 1 of 2 events");
  await expect(page.getByTestId("fold-event-type")).toHaveText("StudentRegistered");
  await page.getByRole("button", { name: "Step back" }).click();
  await expect(position).toHaveText("Folded 0 of 2 events");

  await page.getByLabel("Speed").selectOption("4×");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(position).toHaveText("Folded 2 of 2 events");
  await expect(page.getByTestId("fold-event-type")).toHaveText("StudentDetailsUpdated");
  await expect(page.getByTestId("state-diff").locator("tr[data-changed=true]")).toHaveCount(1);
  await expect(page.getByTestId("state-diff").locator("tr[data-changed=true]")).toContainText("email");
  await expect(nav(page).next).toBeEnabled();
  await screenshots(page, testInfo, "step-3");
});

test("step 4 shows lag above 0 while the projector is paused and 0 once it catches up", async ({ page }, testInfo) => {
  const student = await registerOnStepOne(page);
  await page.goto(`/walkthrough/4?student=${student}`);
  await unlockInstructorControls(page);
  const lag = page.getByTestId("lag-events");
  await expect(lag).toHaveText("0"); // the registration has reached the read model
  await expect(nav(page).next).toBeDisabled();
  const controls = page.getByRole("form", { name: "Projector controls" }).first();
  try {
    await controls.getByRole("button", { name: "Pause projector" }).click();
    await expect(page.getByTestId("projector-state")).toHaveText(/^Paused/);
    await page.getByRole("button", { name: "Append an event" }).click();
    await expect(page).toHaveURL(/expect=2/);
    await expect(lag).toHaveText("1");
    await expect(page.getByTestId("read-model-row")).toHaveAttribute("data-stale", "true");
    await expect(nav(page).next).toBeDisabled();
    await screenshots(page, testInfo, "step-4");

    // The inline contrast: the row is fresh at once, with the projector still paused.
    await page.getByRole("button", { name: "Append and project inline" }).click();
    await expect(page).toHaveURL(/expect=3/);
    await expect(page.getByTestId("row-revision")).toHaveText("3");
    await expect(lag).toHaveText("0");
  } finally {
    await controls.getByRole("button", { name: "Resume projector" }).click();
  }
  await expect(page.getByTestId("projector-state")).not.toHaveText(/^Paused/);
  await page.getByRole("button", { name: "Append an event" }).click();
  await expect(page).toHaveURL(/expect=4/);
  await expect(lag).toHaveText("0");
  await expect(page.getByTestId("lag-seconds")).toHaveText("0.0");
  await expect(page.getByTestId("row-revision")).toHaveText("4");
  await expect(nav(page).next).toBeEnabled();
});

test("step 5 refuses the second of two tabs, showing the expected and the actual revision", async ({ page }) => {
  const student = await registerOnStepOne(page);
  await page.goto(`/walkthrough/5?student=${student}`);
  const [tabA, tabB] = [page.getByRole("form", { name: "Tab A" }), page.getByRole("form", { name: "Tab B" })];
  await expect(tabA.getByTestId("loaded-revision")).toHaveText("loaded at revision 1");
  await expect(tabB.getByTestId("loaded-revision")).toHaveText("loaded at revision 1");
  await expect(nav(page).next).toBeDisabled();

  await tabA.getByRole("button", { name: "Save in tab A" }).click();
  await expect(tabA.getByRole("status")).toContainText("Saved: expected revision 1 matched");
  await tabB.getByRole("button", { name: "Save in tab B" }).click();
  await expect(tabB.getByText("WrongExpectedRevisionError")).toBeVisible();
  await expect(tabB.getByTestId("conflict-expected")).toHaveText("1");
  await expect(tabB.getByTestId("conflict-actual")).toHaveText("2");
  await expect(nav(page).next).toBeEnabled();

  await tabB.getByRole("button", { name: "Reload tab" }).click();
  await expect(tabB.getByTestId("loaded-revision")).toHaveText("loaded at revision 2");
  await tabB.getByRole("button", { name: "Save in tab B" }).click();
  await expect(tabB.getByRole("status")).toContainText("the stream is now at revision 3");
});

test("step 6 travels to any revision or moment, by deep link and by its controls", async ({ page }) => {
  const student = await registerOnStepOne(page);
  await changeEmailOnStepOne(page, 2);
  const registered = page.getByRole("list", { name: "Stored events" }).getByRole("listitem").filter({ hasText: "StudentRegistered" });
  const firstEmail = await registered.locator("pre").textContent();
  await page.goto(`/walkthrough/6?student=${student}&revision=1`);
  const state = page.getByTestId("travelled-state");
  await expect(page.getByTestId("travel-revision")).toHaveText("1");
  await expect(state).toContainText(JSON.parse(firstEmail ?? "{}").email as string);
  await expect(nav(page).next).toBeEnabled();

  // Arrow keys on the focused slider move the slider, not the walkthrough.
  await page.getByRole("slider", { name: "Revision" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/walkthrough\/6\?student=.*revision=2/);
  await expect(page.getByTestId("travel-revision")).toHaveText("2");

  await page.getByLabel("Moment (UTC)").fill("2000-01-01T00:00:00.000");
  await page.getByRole("button", { name: "Travel to this moment" }).click();
  await expect(page).toHaveURL(/at=2000-01-01T00%3A00%3A00.000Z/);
  await expect(page.getByTestId("travel-revision")).toHaveText("0");
  await expect(state).toContainText("No student yet");
});

test("step 7 loads a 250-event student from a snapshot and says how many events each load folded", async ({ page }) => {
  test.slow();
  await page.goto("/walkthrough/7");
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Create a student with 250 events" }).click();
  await expect(page.getByTestId("snapshot-summary")).toHaveText("Folded 3 events from a snapshot instead of 250.", { timeout: 90_000 });
  await expect(page.getByTestId("load-without-snapshot").getByTestId("events-folded")).toHaveText("250");
  await expect(page.getByTestId("load-with-snapshot").getByTestId("events-folded")).toHaveText("3");
  await expect(page.getByTestId("load-with-snapshot")).toContainText(/\d+\.\d ms/);
  await expect(nav(page).next).toBeEnabled();
});

test("step 8 rebuilds the read model with progress and ends with the checksum it started with", async ({ page }) => {
  test.slow();
  await page.goto("/walkthrough/8");
  await unlockInstructorControls(page);
  await expect(nav(page).next).toBeDisabled();
  // Other tests may write while it rebuilds (the checksums then rightly differ): rebuild again until quiet.
  await expect(async () => {
    const before = page.url();
    await page.getByRole("button", { name: "Rebuild the read model" }).click();
    await expect(page).not.toHaveURL(before);
    await expect(page).toHaveURL(/run=\d+/);
    await expect(page.getByTestId("rebuild-phase")).toHaveAttribute("data-status", "done", { timeout: 30_000 });
    await expect(page.getByRole("progressbar", { name: "Rebuild progress" })).toHaveAttribute("aria-valuenow", "100");
    await expect(page.getByTestId("checksum-verdict")).toHaveAttribute("data-same", "true", { timeout: 1000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByTestId("checksum-after")).toHaveText((await page.getByTestId("checksum-before").textContent()) ?? "");
  await expect(nav(page).next).toBeEnabled();
});

test("step 9 stores an old-shaped event and shows it raw and upcast side by side", async ({ page }) => {
  await page.goto("/walkthrough/9");
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Store an old-shaped event" }).click();
  const [raw, upcast] = [page.getByTestId("raw-event"), page.getByTestId("upcast-event")];
  await expect(raw.getByTestId("schema-version")).toHaveText("1");
  await expect(raw).toContainText('"name":');
  await expect(raw).not.toContainText('"fullName":');
  await expect(upcast.getByTestId("schema-version")).toHaveText("2");
  await expect(upcast).toContainText("(stored as v1)");
  await expect(upcast).toContainText('"fullName":');
  await expect(nav(page).hint).toHaveText(/that was the last step/);
  await expect(nav(page).next).toBeDisabled();
});
