import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@/tests/support/console-guard";
import {
  changeEmailOnStepOne,
  nav,
  registerOnStepOne,
  screenshotEveryWay,
  unlockInstructorControls,
} from "@/tests/e2e/walkthrough-helpers";

// Each click runs a server action against both stores on a busy two-core machine; the projector polls.
const expect = baseExpect.configure({ timeout: 20_000 });

// One worker, in order: step 4 pauses the projector for everyone.
test.describe.configure({ mode: "default" });

test("step 1 stores a StudentRegistered event and shows what a CRUD row would lose", async ({ page }) => {
  await page.goto("/walkthrough/1");
  await expect(page.getByTestId("step-progress")).toHaveText("Step 1 of 10");
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

test("step 2 shows the stream's items as DynamoDB holds them, one more per append", async ({ page }) => {
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
  await screenshotEveryWay(page, "step-2-two-items");
});

test("step 3 folds the stream event by event with play, step and speed", async ({ page }) => {
  const student = await registerOnStepOne(page);
  await changeEmailOnStepOne(page, 2);
  await page.goto(`/walkthrough/3?student=${student}`);
  await expect(page.getByLabel("Source of the student's evolve")).toContainText("export function evolve");
  await expect(nav(page).next).toBeDisabled();

  const position = page.getByTestId("fold-position");
  await expect(position).toHaveText("Folded 0 of 2 events");
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(position).toHaveText("Folded 1 of 2 events");
  await expect(page.getByTestId("fold-event-type")).toHaveText("StudentRegistered");
  // The position is in the URL, and a link to it opens the fold there.
  await expect(page).toHaveURL(/fold=1/);
  await page.reload();
  await expect(position).toHaveText("Folded 1 of 2 events");
  await page.getByRole("button", { name: "Step back" }).click();
  await expect(position).toHaveText("Folded 0 of 2 events");

  await page.getByLabel("Speed").selectOption("4×");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(position).toHaveText("Folded 2 of 2 events");
  await expect(page.getByTestId("fold-event-type")).toHaveText("StudentDetailsUpdated");
  await expect(page.getByTestId("state-diff").locator("tr[data-changed=true]")).toHaveCount(1);
  await expect(page.getByTestId("state-diff").locator("tr[data-changed=true]")).toContainText("email");
  await expect(nav(page).next).toBeEnabled();
  await screenshotEveryWay(page, "step-3-folded");
});

test("step 4 shows lag above 0 while the projector is paused and 0 once it catches up", async ({ page }) => {
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
    await screenshotEveryWay(page, "step-4-paused");

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
  const registered = page
    .getByRole("list", { name: "Stored events" })
    .getByRole("listitem")
    .filter({ hasText: "StudentRegistered" });
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

test("step 7 loads a 1,000-event student from a snapshot, with the items, bytes and read units each load read", async ({
  page,
}) => {
  test.slow();
  await page.goto("/walkthrough/7");
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Create a student with 1,000 events" }).click();
  await expect(page.getByTestId("snapshot-summary")).toHaveText("Folded 3 events from a snapshot instead of 1,000.", {
    timeout: 150_000,
  });
  await expect(page.getByTestId("without-events-folded")).toHaveText("1,000");
  await expect(page.getByTestId("with-events-folded")).toHaveText("3");
  await expect(page.getByTestId("with-items-read")).toHaveText("4");
  await expect(page.getByTestId("without-items-read")).toHaveText(/^1,00\d$/);
  await expect(page.getByTestId("with-load-ms")).toHaveText(/^\d+\.\d ms$/);
  await expect(page.getByTestId("snapshot-reads")).toContainText("instead of 1,00");
  await expect(page.getByTestId("snapshot-time")).toHaveText(/^It was (not )?faster here/);
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
  await expect(nav(page).next).toBeEnabled();
});

test("step 10, the last step, races for the seats and reports what each way of checking let in", async ({ page }) => {
  await page.goto("/walkthrough/10");
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Race 8 students for 3 seats" }).click();
  await expect(page).toHaveURL(/race=[0-9a-f]{16}/);
  await expect(page.getByTestId("check-seated")).toHaveText("8");
  await expect(page.getByTestId("check-oversold")).toHaveText("5");
  await expect(page.getByTestId("check-read-model")).toHaveText("8");
  await expect(page.getByTestId("boundary-seated")).toHaveText("3");
  await expect(page.getByTestId("boundary-oversold")).toHaveText("0");
  await expect(nav(page).hint).toHaveText(/that was the last step/);
  await expect(nav(page).next).toBeDisabled();
  // The race is in the URL: a reload shows it again, read from the stores.
  await page.reload();
  await expect(page.getByTestId("boundary-seated")).toHaveText("3");
  await expect(
    page.getByRole("list", { name: "Racers inside the consistency boundary" }).getByTestId("racer"),
  ).toHaveCount(8);
  // Both sides, in colour and in words, pass axe (WCAG 2.1 A/AA).
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
