/** Every exercise opens on its starter, checked and not yet passed; two are solved through the worker's other jobs. */
import { expect, test } from "@/tests/support/console-guard";
import { openExercise, replaceCode, studentWhoLeft } from "@/tests/e2e/lab-helpers";

for (const id of ["evolve", "decide", "projection", "upcaster", "conflict", "snapshot"]) {
  test(`${id} opens on its starter: checked, some spec red`, async ({ page }) => {
    await openExercise(page, id);
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "checked");
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-passed", "false");
    await expect(page.locator('[data-testid^="spec-"][data-status="failed"]').first()).toBeVisible();
  });
}

const UPCAST = `export function upcast(data: unknown): StudentRegisteredV2Data {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error("not an object");
  const v1 = data as Record<string, unknown>;
  for (const key of ["studentId", "name", "email", "dateOfBirth"]) {
    if (!Object.hasOwn(v1, key) || typeof v1[key] !== "string") throw new Error(\`missing \${key}\`);
  }
  return { studentId: v1.studentId as string, fullName: v1.name as string, email: v1.email as string, dateOfBirth: v1.dateOfBirth as string };
}
`;

const ROSTERS = `export const handles = ["StudentEnrolled", "StudentUnenrolled"];

export function evolve(rosters: CourseRosters | null, event: RosterEvent): CourseRosters | null {
  const current = rosters ?? {};
  const { courseId, studentId } = event.data as { courseId: string; studentId: string };
  const roster = current[courseId] ?? [];
  if (event.type === "StudentEnrolled") {
    if (roster.some((entry) => entry.studentId === studentId)) return rosters;
    return { ...current, [courseId]: [...roster, { studentId, since: event.recordedAt }] };
  }
  const left = roster.filter((entry) => entry.studentId !== studentId);
  const { [courseId]: _gone, ...others } = current;
  return left.length > 0 ? { ...others, [courseId]: left } : others;
}
`;

test("the upcaster solved: every spec green (the throwing ones too) and every registration replayed as v1", async ({
  page,
}) => {
  await openExercise(page, "upcaster");
  await replaceCode(page, UPCAST);
  await expect(page.getByTestId("check-status")).toHaveAttribute("data-passed", "true");
  await expect(page.getByTestId("replay")).toHaveAttribute("data-status", "same");
});

test("the rosters projection: a wrong one diverges at a row, the right one matches the whole history", async ({
  page,
  request,
}) => {
  await studentWhoLeft(request);
  await openExercise(page, "projection");
  // Forgets that a student who leaves is taken off: the replay parts at the first departure.
  await replaceCode(page, ROSTERS.replace("roster.filter((entry) => entry.studentId !== studentId)", "roster"));
  await expect(page.getByTestId("divergence")).toContainText(/event \d+ \(\w+ left /);
  await expect(page.getByTestId("spec-leaves")).toHaveAttribute("data-status", "failed");
  await replaceCode(page, ROSTERS);
  await expect(page.getByTestId("check-status")).toHaveAttribute("data-passed", "true");
  await expect(page.getByTestId("replay")).toHaveAttribute("data-status", "same");
});
