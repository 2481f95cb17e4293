/**
 * The walkthrough as a new user meets it: steps 1 to 10 in order, by roles and labels only, on a store that
 * also holds streams whose ids differ only in letter case and a stream that is not a student's. Every step
 * must unlock. Also here (in this file, so no other rebuild runs beside them): a rebuild that MySQL refuses,
 * shown in plain words and tried again. Pages that log a console error or warning fail the test.
 */
import { randomUUID } from "node:crypto";
import mysql from "mysql2/promise";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "@/tests/support/console-guard";
import { TEST_ENV } from "@/tests/support/test-env";
import { appendOverHttp, nav, screenshotEveryWay, unlockInstructorControls } from "@/tests/e2e/walkthrough-helpers";

const expect = baseExpect.configure({ timeout: 30_000 });

// In order, in one worker: both tests rebuild the read model, and a rebuild refuses to start beside another.
test.describe.configure({ mode: "default" });

/** Waits for Next to unlock, takes the step's screenshots, and moves on with Next. */
async function finishStep(page: Page, step: number, timeout?: number) {
  await expect(nav(page).hint).toContainText(step === 10 ? "that was the last step" : "Next is unlocked", { timeout });
  await screenshotEveryWay(page, `step-${step}`);
  if (step < 10) {
    await nav(page).next.click();
    await expect(page.getByText(`Step ${step + 1} of 10`, { exact: true })).toBeVisible();
  }
}

async function appendAwkwardStreams(page: Page) {
  const hex = randomUUID().replace(/-/g, "").slice(0, 12);
  for (const id of [`ab${hex}`, `AB${hex.toUpperCase()}`]) {
    await appendOverHttp(page, `student-${id}`, [
      {
        type: "StudentRegistered",
        data: {
          studentId: id,
          fullName: `Case twin ${id.slice(0, 2)}`,
          email: `${id.toLowerCase()}@example.edu`,
          dateOfBirth: "2001-02-03",
        },
      },
    ]);
  }
  await appendOverHttp(page, `course-notes-${hex}`, [{ type: "NoteTaken", data: { text: "not a student" } }]);
}

test("a new user walks steps 1 to 10 and every step unlocks, beside case-twin and non-student streams", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await appendAwkwardStreams(page);

  await page.goto("/walkthrough");
  await page.getByRole("link", { name: /Start with step 1/ }).click();
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Register a student" }).click();
  await expect(page.getByRole("list", { name: "Stored events" }).getByRole("listitem")).toHaveCount(1);
  // The button keeps the keyboard focus once its action is done.
  await expect(page.getByRole("button", { name: "Register another student" })).toBeFocused();
  await finishStep(page, 1);

  // Step 2 waits for its own append, whatever step 1 stored.
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Append another event" }).click();
  await expect(page.getByRole("list", { name: "DynamoDB items" }).getByRole("listitem")).toHaveCount(2);
  await finishStep(page, 2);

  await expect(page.getByLabel("Source of the student's evolve")).toContainText("export function evolve");
  await page.getByLabel("Speed").selectOption("4×");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(page).toHaveURL(/fold=2/);
  await finishStep(page, 3);

  await page.getByRole("button", { name: "Append an event" }).click();
  await finishStep(page, 4);

  await page.getByRole("button", { name: "Save in both tabs at once" }).click();
  await expect(page.getByText("WrongExpectedRevisionError")).toBeVisible();
  await finishStep(page, 5);

  await page.getByRole("slider", { name: "Revision" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/revision=\d/);
  await finishStep(page, 6);

  await page.getByRole("button", { name: "Create a student with 1,000 events" }).click();
  const items = page.getByRole("row", { name: /^Items read/ }).getByRole("cell");
  await expect(items.nth(0)).toHaveText(/^1,00\d$/, { timeout: 180_000 });
  await expect(items.nth(1)).toHaveText("4");
  await finishStep(page, 7);

  await unlockInstructorControls(page);
  await page.getByRole("button", { name: "Rebuild the read model" }).click();
  await expect(page.getByText("Done: the new tables are live")).toBeVisible({ timeout: 60_000 });
  // The outcome is on the page; the "started" message is gone.
  await expect(page.getByText(/^Rebuild \d+ started\.$/)).toHaveCount(0);
  await finishStep(page, 8, 10_000);

  await page.getByRole("button", { name: "Store an old-shaped event" }).click();
  await finishStep(page, 9);

  // The last seat: the read-model check oversells, the boundary fills exactly the capacity.
  await expect(nav(page).next).toBeDisabled();
  await page.getByRole("button", { name: "Race 8 students for 3 seats" }).click();
  await expect(page.getByTestId("check-oversold")).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId("boundary-seated")).toHaveText("3");
  await expect(page.getByTestId("boundary-oversold")).toHaveText("0");
  await expect(
    page
      .getByRole("list", { name: "Racers inside the consistency boundary" })
      .getByText("course full", { exact: false }),
  ).toHaveCount(5);
  await expect(page.getByTestId("boundary-conflicts")).toHaveText(/^[1-9][\d,]* appends?$/);
  await finishStep(page, 10);
  // The race is in the URL: a reload shows the same race, as the stores hold it.
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByTestId("boundary-seated")).toHaveText("3");
});

test("a rebuild MySQL refuses says why in plain words, keeps the old read model, and can be tried again", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const db = await mysql.createConnection(TEST_ENV.DATABASE_URL);
  try {
    // A table that refers to the shadow table: MySQL refuses to drop it, so the rebuild cannot prepare its tables.
    await db.query("DROP TABLE IF EXISTS rebuild_blocker, students_next");
    await db.query("CREATE TABLE students_next (id INT PRIMARY KEY) ENGINE=InnoDB");
    await db.query(
      "CREATE TABLE rebuild_blocker (id INT, FOREIGN KEY (id) REFERENCES students_next (id)) ENGINE=InnoDB",
    );
    await page.goto("/walkthrough/8");
    await unlockInstructorControls(page);
    await page.getByRole("button", { name: "Rebuild the read model" }).click();
    await expect(page.getByText(/^MySQL would not let the rebuild prepare its new tables/)).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByText(/the old read model stayed live the whole time/)).toBeVisible();
    await expect(page.getByText("Cannot delete or update a parent row")).toBeHidden();
    await page.getByText("The error as reported").click();
    await expect(page.getByText(/Cannot delete or update a parent row: a foreign key constraint fails/)).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "nothing new was swapped in" })).toBeVisible();
    const bar = page.getByRole("progressbar", { name: "Rebuild progress" });
    await expect(bar).toHaveAttribute("aria-valuetext", /events written to the new tables when it stopped$/);
    await expect(page.getByText(/^Rebuild \d+ started\.$/)).toHaveCount(0);
    // A failed rebuild still ends the step: it showed what a rebuild does when it cannot finish.
    await expect(nav(page).next).toBeEnabled();
    await screenshotEveryWay(page, "step-8-failed");

    await db.query("DROP TABLE rebuild_blocker");
    await page.getByRole("button", { name: "Try the rebuild again" }).click();
    await expect(page.getByText("Done: the new tables are live")).toBeVisible({ timeout: 60_000 });
    await expect(bar).toHaveAttribute("aria-valuenow", "100");
  } finally {
    await db.query("DROP TABLE IF EXISTS rebuild_blocker").catch(() => {});
    await db.end();
  }
});

test("a rebuild ends with the checksum it started with, when nothing is written meanwhile", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/walkthrough/8");
  await unlockInstructorControls(page);
  // Other tests may write while it rebuilds (the checksums then rightly differ): rebuild again until quiet.
  await expect(async () => {
    const before = page.url();
    await page.getByRole("button", { name: "Rebuild the read model" }).click();
    await expect(page).not.toHaveURL(before);
    await expect(page.getByText("Done: the new tables are live")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/^✓ Identical/)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 150_000 });
  await expect(page.getByRole("progressbar", { name: "Rebuild progress" })).toHaveAttribute("aria-valuenow", "100");
});
