/**
 * A class on one deployment, as its people would use it: an instructor and two learners, each in their own
 * browser. Each learner sees only their own students; the class view follows both as they click; "start over"
 * empties a learner's view while the instructor can still present the old sandbox.
 */
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect as baseExpect, test, watchConsole } from "@/tests/support/console-guard";
import { SECRET } from "@/tests/e2e/walkthrough-helpers";

// Every step is a server action against both stores, and the read model follows through the projector.
const expect = baseExpect.configure({ timeout: 20_000 });

async function newPerson(browser: Browser, allowed: RegExp[] = []) {
  const context = await browser.newContext();
  const problems = watchConsole(context, allowed);
  return { page: await context.newPage(), problems, close: () => context.close() };
}

async function registerStudent(page: Page, fullName: string) {
  await page.goto("/students/new");
  await page.getByLabel("Full name").fill(fullName);
  await page.getByLabel("Email").fill(`${randomUUID().slice(0, 8)}@example.org`);
  await page.getByLabel("Date of birth").fill("2001-02-03");
  await page.getByRole("button", { name: "Register student" }).click();
  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
}

test.describe.configure({ timeout: 180_000 });

test("an instructor and two learners: own sandboxes, a live class view, start over and present", async ({
  browser,
}) => {
  const instructor = await newPerson(browser);
  const ada = await newPerson(browser);
  // Grace opens Ada's student page on purpose: its 404 is the point.
  const grace = await newPerson(browser, [/students\/[0-9a-f-]{36}: Failed to load resource: .* 404/]);
  const className = `Class ${randomUUID().slice(0, 6)}`;

  // The instructor unlocks the class pages and opens a class.
  await instructor.page.goto("/classes");
  await instructor.page.getByLabel("Instructor secret").fill(SECRET);
  await instructor.page.getByRole("button", { name: "Unlock" }).click();
  await instructor.page.getByLabel("Class name").fill(className);
  await instructor.page.getByRole("button", { name: "Open a class" }).click();
  await expect(instructor.page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const joinLink = (await instructor.page.getByTestId("join-link").textContent())!;
  expect(joinLink).toMatch(/\/join\/c[a-z0-9]{10}$/);

  // Both learners join with a display name; a bad one is refused where they typed it.
  for (const [person, name] of [
    [ada, "Ada"],
    [grace, "Grace"],
  ] as const) {
    await person.page.goto(joinLink);
    await expect(person.page.getByRole("heading", { name: `Join “${className}”` })).toBeVisible();
    await person.page.getByRole("button", { name: "Join the class" }).click();
    await expect(person.page.getByText("Enter a display name")).toBeVisible();
    await person.page.getByLabel("Your display name").fill(name);
    await person.page.getByRole("button", { name: "Join the class" }).click();
    await person.page.waitForURL(/\/walkthrough/);
    await expect(person.page.getByTestId("viewer-banner")).toContainText(`${name} in ${className}`);
  }

  // A learner is no instructor: the class pages stay locked for them.
  await grace.page.goto(instructor.page.url());
  await expect(grace.page.getByText(/instructor controls are locked/)).toBeVisible();
  await expect(grace.page.getByTestId("roster-row")).toHaveCount(0);

  // Each registers a student: each list shows their own only.
  await registerStudent(ada.page, "Ada's Student");
  await registerStudent(grace.page, "Grace's Student");
  await ada.page.goto("/students");
  await expect(ada.page.getByRole("link", { name: "Ada's Student" })).toBeVisible();
  await expect(ada.page.getByRole("link", { name: "Grace's Student" })).toHaveCount(0);
  await grace.page.goto("/students");
  await expect(grace.page.getByRole("link", { name: "Grace's Student" })).toBeVisible();
  await expect(grace.page.getByRole("link", { name: "Ada's Student" })).toHaveCount(0);

  // The timeline too: each learner's events only.
  await ada.page.goto("/timeline");
  await expect(ada.page.getByRole("option", { name: "Ada's Student" })).toHaveCount(1);
  await expect(ada.page.getByText("Grace's Student")).toHaveCount(0);

  // Ada's student page is "not found" for Grace.
  await ada.page.goto("/students");
  await ada.page.getByRole("link", { name: "Ada's Student" }).click();
  await ada.page.waitForURL(/\/students\/[0-9a-f-]{36}$/);
  const adaStudentUrl = ada.page.url();
  await grace.page.goto(adaStudentUrl);
  await expect(grace.page.getByRole("heading", { name: /not found/i })).toBeVisible();

  // The class view follows both learners as they do the walkthrough, without a reload.
  await ada.page.goto("/walkthrough/1");
  await ada.page.getByRole("button", { name: "Register a student" }).click();
  await ada.page.waitForURL(/student=/);
  const rows = instructor.page.getByTestId("roster-row");
  await expect(rows).toHaveCount(2);
  const adaRow = rows.filter({ hasText: "Ada" });
  const graceRow = rows.filter({ hasText: "Grace" });
  await expect(adaRow.getByTestId("roster-step")).toHaveText("Step 1 done");
  await expect(graceRow.getByTestId("roster-step")).toHaveText("not started");
  await expect(adaRow.getByTestId("roster-events")).toHaveText("2");
  await grace.page.goto("/walkthrough/1");
  await grace.page.getByRole("button", { name: "Register a student" }).click();
  await expect(graceRow.getByTestId("roster-step")).toHaveText("Step 1 done");

  // The class-wide activity: both learners save the shared student at the same revision; one wins.
  await instructor.page.getByRole("button", { name: "Start: everyone saves one student" }).click();
  for (const person of [ada, grace]) {
    await person.page.goto("/class");
    await expect(person.page.getByTestId("shared-revision")).toHaveText("1");
  }
  await ada.page.getByLabel("Email").fill("ada@race.example");
  await ada.page.getByRole("button", { name: "Save at revision 1" }).click();
  await expect(ada.page.getByText("Your save won: revision 2 is yours.")).toBeVisible();
  await grace.page.getByLabel("Email").fill("grace@race.example");
  await grace.page.getByRole("button", { name: "Save at revision 1" }).click();
  await expect(
    grace.page.getByText(/Someone else changed this student: you saw revision 1, it is now at revision 2/),
  ).toBeVisible();
  const round = instructor.page.getByTestId("activity-round");
  await expect(round).toHaveCount(1);
  await expect(round).toContainText("Ada");
  await expect(round).toContainText("Grace");
  await expect(instructor.page.getByTestId("activity-totals")).toContainText("1 save won, 1 was refused");

  // The class race for the last seats: both learners take a seat at once; the class view names who holds one.
  await instructor.page.getByRole("button", { name: "Start: the class races for three seats" }).click();
  for (const person of [ada, grace])
    await expect(person.page.getByRole("button", { name: "Take a seat" })).toBeVisible();
  await Promise.all([ada, grace].map((person) => person.page.getByRole("button", { name: "Take a seat" }).click()));
  for (const person of [ada, grace])
    await expect(person.page.getByTestId("seat-outcome")).toHaveText("You got a seat.");
  const boundary = instructor.page.getByRole("list", { name: "Racers inside the consistency boundary" });
  await expect(boundary.getByTestId("racer")).toHaveCount(2);
  await expect(boundary).toContainText("Ada");
  await expect(boundary).toContainText("Grace");
  await expect(instructor.page.getByTestId("boundary-seated")).toHaveText("2");
  await expect(instructor.page.getByTestId("boundary-oversold")).toHaveText("0");

  // Ada starts over: her list is empty; the instructor still sees, and can present, the old sandbox.
  await ada.page.goto("/students");
  await ada.page.locator("summary", { hasText: "Start over" }).click();
  await ada.page.getByLabel("Start with an empty sandbox").check();
  await ada.page.getByRole("button", { name: "Start over" }).click();
  await ada.page.waitForURL(/\/students$/);
  await expect(ada.page.getByText("No students yet", { exact: false })).toBeVisible();
  await expect(adaRow.getByText(/Earlier sandbox/)).toBeVisible();
  await adaRow.getByRole("button", { name: /Present Ada's earlier sandbox/ }).click();
  await instructor.page.waitForURL(/\/students$/);
  await expect(instructor.page.getByTestId("viewer-banner")).toContainText("Presenting Ada’s earlier sandbox");
  await expect(instructor.page.getByRole("link", { name: "Ada's Student" })).toBeVisible();
  await instructor.page.getByRole("button", { name: "Stop presenting" }).click();
  await expect(instructor.page.getByTestId("viewer-banner")).toHaveCount(0);

  for (const person of [instructor, ada, grace]) {
    expect(person.problems).toEqual([]);
    await person.close();
  }
});
