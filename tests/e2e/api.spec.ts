import { expect, test } from "@playwright/test";

const ROUTES = [
  "List streams",
  "Read a stream",
  "Append events",
  "Close a stream",
  "Read the all-events feed",
  "Follow new events live (SSE)",
];

test.describe("the API reference at /api", () => {
  test("renders the interactive reference with every route, loading nothing from outside this server", async ({ page, baseURL }) => {
    // The reference is a large client bundle; on a 2-core machine its first render takes a while.
    test.setTimeout(90_000);
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "The event store over HTTP" })).toBeVisible();
    const reference = page.getByTestId("api-reference");
    await expect(reference.getByText("Ledgerline event store API").first()).toBeVisible({ timeout: 60_000 });
    for (const summary of ROUTES) await expect(reference.getByText(summary, { exact: true }).first()).toBeAttached();
    expect(foreign).toEqual([]);
  });

  test("serves the OpenAPI document it renders", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/streams", "/api/streams/{streamId}", "/api/streams/{streamId}/close", "/api/events", "/api/events/live"]),
    );
  });
});
