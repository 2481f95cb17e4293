/** The lab in a class: a learner passes exercise 1 in their sandbox and the instructor's class view counts it. */
import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { expect as baseExpect, test, watchConsole } from "@/tests/support/console-guard";
import { openExercise, replaceCode, RIGHT_EVOLVE } from "@/tests/e2e/lab-helpers";
import { SECRET } from "@/tests/e2e/walkthrough-helpers";

const expect = baseExpect.configure({ timeout: 20_000 });

async function newPerson(browser: Browser) {
  const context = await browser.newContext();
  const problems = watchConsole(context);
  return { page: await context.newPage(), problems, close: () => context.close() };
}

test("a learner's passed exercise shows in the instructor's class view", async ({ browser }) => {
  test.setTimeout(120_000);
  const instructor = await newPerson(browser);
  const learner = await newPerson(browser);
  const className = `Lab class ${randomUUID().slice(0, 6)}`;

  await instructor.page.goto("/classes");
  await instructor.page.getByLabel("Instructor secret").fill(SECRET);
  await instructor.page.getByRole("button", { name: "Unlock" }).click();
  await instructor.page.getByLabel("Class name").fill(className);
  await instructor.page.getByRole("button", { name: "Open a class" }).click();
  await expect(instructor.page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const joinLink = (await instructor.page.getByTestId("join-link").textContent())!;

  await learner.page.goto(joinLink);
  await learner.page.getByLabel("Your display name").fill("Lin");
  await learner.page.getByRole("button", { name: "Join the class" }).click();
  await learner.page.waitForURL("**/walkthrough**");
  await expect(instructor.page.getByTestId("roster-lab")).toHaveText("0 of 6");

  // A learner without students replays the sample class.
  await openExercise(learner.page, "evolve");
  await expect(learner.page.getByTestId("replay")).toContainText("of the sample class");
  await replaceCode(learner.page, RIGHT_EVOLVE);
  await expect(learner.page.getByTestId("check-status")).toHaveAttribute("data-passed", "true");

  await expect(instructor.page.getByTestId("roster-lab")).toHaveText("1 of 6");
  await learner.page.goto("/lab");
  await expect(learner.page.getByTestId("exercise-evolve")).toHaveAttribute("data-passed", "true");

  expect([...instructor.problems, ...learner.problems]).toEqual([]);
  await instructor.close();
  await learner.close();
});
