import { expect, test } from "@/tests/support/console-guard";

test.describe("the home page", () => {
  test("shows the app shell with its three sections", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Ledgerline" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Students", "Timeline", "Walkthrough", "API"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
  });

  test("reports both stores reachable, with their details", async ({ page }) => {
    await page.goto("/");
    const eventStore = page.getByRole("region", { name: "Event store (DynamoDB)" });
    await expect(eventStore.getByText("Reachable", { exact: true })).toBeVisible();
    await expect(eventStore.getByText("ledgerline-events-test")).toBeVisible();
    await expect(page.getByTestId("store-status-event-store")).toHaveAttribute("data-state", "up");

    const readModel = page.getByRole("region", { name: "Read model (MySQL)" });
    await expect(readModel.getByText("Reachable", { exact: true })).toBeVisible();
    await expect(readModel.getByText(/^\d+ of \d+ applied$/)).toBeVisible();
    await expect(page.getByTestId("store-status-read-model")).toHaveAttribute("data-state", "up");
  });

  test("navigates to a section and marks it current", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    // The timeline renders the newest events on the server; on a busy two-core test machine that takes seconds.
    await page.waitForURL("**/timeline", { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  });
});

test("/api/health answers 200 with both stores up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ ok: true, eventStore: { state: "up" }, readModel: { state: "up" } });
});

test.describe("an unknown address", () => {
  // The browser logs the 404 it was asked to fetch.
  test.use({ allowedConsoleMessages: [/Failed to load resource: the server responded with a status of 404/] });

  test("shows the not-found page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test("has an icon, so the browser's request for /favicon.ico finds one", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\//);
});
