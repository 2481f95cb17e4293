/**
 * axe on every page a newcomer opens, in light and dark: no WCAG 2.1 A/AA violation, the API reference included.
 * Walkthrough steps beyond the first depend on earlier steps' data; the walkthrough journey checks those.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@/tests/support/console-guard";

const PAGES = [
  { path: "/", ready: { level: 1, name: "Ledgerline" } },
  { path: "/timeline", ready: { level: 1, name: /timeline/i } },
  { path: "/students", ready: { level: 1, name: "Students" } },
  { path: "/students/new", ready: { level: 1, name: /new student|register/i } },
  { path: "/api", ready: { level: 1, name: "The event store over HTTP" } },
  { path: "/walkthrough/1", ready: { level: 1 } },
  { path: "/classes", ready: { level: 1, name: "Classes" } },
  { path: "/class", ready: { level: 1, name: "Class activity" } },
  { path: "/join/c0000000000", ready: { level: 1, name: "No such class" } },
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const { path, ready } of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        // axe visits every node: on the live pages (a feed, a chart, rows) that takes up to half a minute on two busy cores.
        test.setTimeout(120_000);
        await page.goto(path);
        await expect(page.getByRole("heading", ready).first()).toBeVisible();
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
