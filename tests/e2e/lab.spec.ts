import { expect, test } from "@/tests/support/console-guard";
import { openExercise, replaceCode, RIGHT_EVOLVE, studentWhoLeft } from "@/tests/e2e/lab-helpers";

const WRONG_EVOLVE = `export function evolve(state: StudentState, event: StudentEvent): StudentState {
  switch (event.type) {
    case "StudentRegistered":
      return { status: "registered", ...event.data, courses: [] };
    case "StudentDetailsUpdated":
      return state.status === "none" ? state : { ...state, fullName: event.data.fullName, email: event.data.email };
    case "StudentEnrolled":
      return state.status === "none" ? state : { ...state, courses: [...state.courses, event.data.courseId] };
    case "StudentUnenrolled":
      return state;
  }
}
`;

test.describe("the lab, as a new learner", () => {
  test("exercise 1: a wrong evolve is red with the replay's first divergence; fixed, all is green and stays after a reload", async ({
    page,
    request,
  }) => {
    await studentWhoLeft(request);
    await page.goto("/lab");
    await expect(page.getByTestId("exercise-evolve")).toHaveAttribute("data-passed", "false");
    await page.getByRole("link", { name: /1\. Fold a student's events/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Fold a student's events/ })).toBeVisible();
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "checked", { timeout: 30_000 });

    await replaceCode(page, WRONG_EVOLVE);
    // The starter fails every spec but one: a green registration is this code's check.
    await expect(page.getByTestId("spec-registers")).toHaveAttribute("data-status", "passed");
    await expect(page.getByTestId("spec-unenrols")).toHaveAttribute("data-status", "failed");
    await expect(page.getByTestId("spec-unenrols")).toContainText("expected");
    const divergence = page.getByTestId("divergence");
    await expect(divergence).toContainText("First difference: Lab Learner, event 3 (left Web Development)");
    await expect(divergence).toContainText("State after the event, field by field");
    await expect(divergence.locator('tr[data-same="false"]').first()).toBeVisible();

    await replaceCode(page, RIGHT_EVOLVE);
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-passed", "true");
    for (const spec of await page.locator('[data-testid^="spec-"]').all()) {
      await expect(spec).toHaveAttribute("data-status", "passed");
    }
    await expect(page.getByTestId("replay")).toHaveAttribute("data-status", "same");

    await page.reload();
    await expect(page.getByTestId("lab-editor")).toContainText(
      "state.courses.filter((c) => c !== event.data.courseId)",
    );
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-passed", "true", { timeout: 30_000 });
    await page.goto("/lab");
    await expect(page.getByTestId("exercise-evolve")).toHaveAttribute("data-passed", "true");
  });

  test("hints come one at a time and the solution is the app's own evolve", async ({ page }) => {
    await openExercise(page, "evolve");
    await page.getByRole("button", { name: "Show a hint" }).click();
    await expect(page.getByRole("button", { name: /Show hint 2 of/ })).toBeVisible();
    await page.getByText("Show the solution").click();
    const solution = page.getByLabel("Solution: lib/domain/student/state.ts");
    await expect(solution).toContainText("export function evolve(state: StudentState, event: StudentEvent)");
  });

  test("a syntax error is shown at its line, in the page and in the editor", async ({ page }) => {
    await openExercise(page, "evolve");
    await replaceCode(page, "export function evolve(state, event) {\n  return (;\n}\n");
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "syntax");
    await expect(page.getByTestId("check-status")).toContainText("SyntaxError");
    await expect(page.getByTestId("check-status")).toContainText("(line 2)");
    await expect(page.locator(".cm-lintRange-error")).toHaveCount(1);
  });
});
