import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "@/tests/support/console-guard";
import { nav, SECRET } from "@/tests/e2e/walkthrough-helpers";

const expect = baseExpect.configure({ timeout: 15_000 });

async function box(page: Page, name: "Back" | "Next") {
  const found = await page.getByRole("button", { name, exact: true }).boundingBox();
  if (!found) throw new Error(`${name} is not visible`);
  return { x: Math.round(found.x), y: Math.round(found.y) };
}

test.describe("walkthrough navigation", () => {
  test("keeps Back and Next in the same place on every step, disabled rather than hidden", async ({ page }) => {
    test.slow(); // five live pages, each rendered from both stores
    await page.goto("/walkthrough");
    await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(10);
    await page.getByRole("link", { name: /Start with step 1/ }).click();
    await expect(page).toHaveURL("/walkthrough/1");
    await expect(nav(page).back).toBeDisabled();
    const places = { back: await box(page, "Back"), next: await box(page, "Next") };
    for (const step of [3, 5, 8, 9, 10]) {
      await page.goto(`/walkthrough/${step}`);
      await expect(page.getByTestId("step-progress")).toHaveText(`Step ${step} of 10`);
      await expect(nav(page).back).toBeEnabled();
      // Step 8 follows the latest rebuild for a visitor without the instructor controls: it may have ended.
      if (step !== 8) await expect(nav(page).next).toBeDisabled();
      expect({ back: await box(page, "Back"), next: await box(page, "Next") }, `step ${step}`).toEqual(places);
    }
  });

  test("moves back with ← and Back, but not past a locked Next", async ({ page }) => {
    await page.goto("/walkthrough/5");
    await expect(nav(page).next).toBeDisabled();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("step-progress")).toHaveText("Step 5 of 10");
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL("/walkthrough/4");
    await nav(page).back.click();
    await expect(page).toHaveURL("/walkthrough/3");
  });

  test("counts a key pressed while the page is still starting, and moves one step for a held key", async ({ page }) => {
    await page.goto("/walkthrough/5", { waitUntil: "commit" });
    await expect(page.getByTestId("step-progress")).toHaveText("Step 5 of 10");
    await page.keyboard.press("ArrowLeft"); // as soon as the HTML is there, hydrated or not
    await expect(page).toHaveURL("/walkthrough/4");

    await page.goto("/walkthrough/9");
    await expect(nav(page).back).toBeEnabled();
    await page.keyboard.down("ArrowLeft");
    // The system repeats a held key about every 50 ms; held for a second, it must still move one step.
    for (let repeat = 0; repeat < 20; repeat += 1) {
      await page.waitForTimeout(50);
      await page.keyboard.down("ArrowLeft");
    }
    await page.keyboard.up("ArrowLeft");
    await expect(page).toHaveURL("/walkthrough/8");
    await page.waitForTimeout(1500); // a late repeat would have moved on by now
    await expect(page).toHaveURL("/walkthrough/8");
  });

  test("keeps presenter mode on across steps and reloads until it is switched off", async ({ page }) => {
    await page.goto("/walkthrough/2");
    const presenter = page.getByRole("switch", { name: "Presenter mode" });
    await expect(presenter).toHaveAttribute("aria-checked", "false");
    await presenter.click();
    await expect(presenter).toHaveAttribute("aria-checked", "true");
    await expect(page.locator("[data-presenter=true]")).toHaveCount(1);
    await page.goto("/walkthrough/6");
    await expect(page.locator("[data-presenter=true]")).toHaveCount(1);
    await page.reload();
    await expect(presenter).toHaveAttribute("aria-checked", "true");
    await presenter.click();
    await expect(presenter).toHaveAttribute("aria-checked", "false");
    await expect(page.locator("[data-presenter=true]")).toHaveCount(0);
  });
});

test.describe("a step that does not exist", () => {
  // The 404 asked for here is the one console error this page may log.
  test.use({ allowedConsoleMessages: [/Failed to load resource: the server responded with a status of 404/] });

  test("is a 404", async ({ page }) => {
    const response = await page.goto("/walkthrough/11");
    expect(response?.status()).toBe(404);
  });
});

test.describe("instructor controls", () => {
  test("refuse until unlocked with the instructor secret, saying why where they were pressed", async ({ page }) => {
    await page.goto("/walkthrough");
    const panel = page.getByTestId("instructor-panel");
    await panel.getByText("Instructor controls").click();
    await expect(panel.getByText("Locked", { exact: true })).toBeVisible();

    const controls = panel.getByRole("form", { name: "Projector controls" });
    await controls.getByRole("button", { name: "Pause projector" }).click();
    await expect(panel.getByTestId("projector-control-status")).toHaveText(
      /locked: unlock them with the instructor secret first/,
    );
    await expect(panel.getByTestId("projector-control-status")).toHaveAttribute("data-status", "refused");

    await panel.getByLabel("Instructor secret").fill("not the secret");
    await panel.getByRole("button", { name: "Unlock" }).click();
    await expect(panel.getByRole("form", { name: "Unlock instructor controls" }).getByRole("status")).toHaveText(
      "That is not the instructor secret.",
    );

    await panel.getByLabel("Instructor secret").fill(SECRET);
    await panel.getByRole("button", { name: "Unlock" }).click();
    await expect(panel.getByText("Unlocked", { exact: true })).toBeVisible();
    const cookies = await page.context().cookies();
    const unlock = cookies.find((cookie) => cookie.name === "ledgerline-instructor");
    expect(unlock?.httpOnly).toBe(true);
    expect(unlock?.value).not.toContain(SECRET);

    await panel.getByRole("button", { name: "Lock" }).click();
    await expect(panel.getByText("Locked", { exact: true })).toBeVisible();
  });
});
