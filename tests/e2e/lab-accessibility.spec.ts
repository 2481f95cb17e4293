/** axe on the lab's pages, in light and dark, with a check's results on the page (red specs and a divergence). */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@/tests/support/console-guard";
import { openExercise } from "@/tests/e2e/lab-helpers";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ["/lab", "/lab/evolve", "/lab/projection"]) {
      test(`${path} has no axe violations`, async ({ page }) => {
        test.setTimeout(120_000);
        if (path === "/lab") await page.goto(path);
        else await openExercise(page, path.slice("/lab/".length));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const found = violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`,
        );
        expect(found).toEqual([]);
      });
    }
  });
}
