/**
 * The lab's speed, printed rather than asserted (docs/lab.md keeps the figures): the worker ready after an
 * exercise opens, a check after a pause in typing, and a replay of 10,000 sample events through learner code.
 */
import { expect, test } from "@/tests/support/console-guard";
import { openExercise, replaceCode } from "@/tests/e2e/lab-helpers";
import type { Page } from "@playwright/test";

const CORRECT_EVOLVE = `export function evolve(state: StudentState, event: StudentEvent): StudentState {
  switch (event.type) {
    case "StudentRegistered":
      return state.status === "registered" ? state : { status: "registered", ...event.data, courses: [] };
    case "StudentDetailsUpdated":
      return state.status === "none" ? state : { ...state, fullName: event.data.fullName, email: event.data.email };
    case "StudentEnrolled":
      if (state.status === "none" || state.courses.includes(event.data.courseId)) return state;
      return { ...state, courses: [...state.courses, event.data.courseId] };
    case "StudentUnenrolled":
      if (state.status === "none") return state;
      return { ...state, courses: state.courses.filter((c) => c !== event.data.courseId) };
  }
}
// run `;

const timing = async (page: Page, name: string) =>
  Number(await page.getByTestId("lab-timings").getAttribute(`data-${name}`));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Types a new version of the code, waits for its check, and reads how long the check took. */
async function checkAfterTyping(page: Page, round: number): Promise<number> {
  const before = await page.getByTestId("lab-timings").getAttribute("data-check-seq");
  await replaceCode(page, `${CORRECT_EVOLVE}${round}`);
  await expect(page.getByTestId("lab-timings")).not.toHaveAttribute("data-check-seq", before ?? "", {
    timeout: 10_000,
  });
  await expect(page.getByTestId("check-status")).toHaveAttribute("data-passed", "true");
  return timing(page, "check-ms");
}

test("prints the lab's speed: worker ready, a check after typing, a replay of 10,000 events", async ({ page }) => {
  test.setTimeout(120_000);
  const ready: number[] = [];
  const readySinceNavigation: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await openExercise(page, "evolve");
    await expect(page.getByTestId("lab-timings")).toHaveAttribute("data-worker-ready-ms", /\d+/);
    ready.push(await timing(page, "worker-ready-ms"));
    readySinceNavigation.push(await timing(page, "worker-ready-since-navigation-ms"));
  }

  const checks: number[] = [];
  for (let round = 0; round < 10; round += 1) checks.push(await checkAfterTyping(page, round));
  const sampleEvents = await timing(page, "replay-events");

  await openExercise(page, "evolve", "?sample=10000");
  const events = await timing(page, "replay-events");
  const replays: number[] = [];
  for (let round = 0; round < 5; round += 1) replays.push(await checkAfterTyping(page, round));

  const line = (label: string, values: number[]) =>
    `${label}: median ${median(values)} ms, max ${Math.max(...values)} ms (${values.join(", ")})`;
  console.log(
    [
      "lab speed (Chromium, production build):",
      line("  worker ready after the exercise's first render", ready),
      line("  worker ready since the navigation began", readySinceNavigation),
      line(`  check after a pause in typing (8 specs + replay of ${sampleEvents} events)`, checks),
      line(`  check with a replay of ${events.toLocaleString("en")} events`, replays),
    ].join("\n"),
  );
  expect(events).toBeGreaterThanOrEqual(10_000);
});
