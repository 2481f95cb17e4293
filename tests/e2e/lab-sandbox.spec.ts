/**
 * The lab's worker keeps learner code contained: each kind of bad code gives a clear message in the page, the
 * page stays usable, and nothing reaches the server (every request the page and its workers make is watched).
 */
import { expect, test } from "@/tests/support/console-guard";
import { openExercise, replaceCode, watchRequests } from "@/tests/e2e/lab-helpers";

const SEALED = /is not available in the lab: your code runs in a sealed worker/;

const CASES: { name: string; code: string; message: RegExp }[] = [
  {
    name: "code that throws",
    code: 'export function evolve(state, event) {\n  throw new Error("not yet");\n}',
    message: /Error: not yet \(line 2\)/,
  },
  {
    name: "a function that returns undefined",
    code: "export function evolve(state, event) {\n  if (event.type === 'StudentRegistered') return;\n  return state;\n}",
    message: /evolve returned undefined for event 1: every path must return a value/,
  },
  {
    name: "code that changes its input",
    code: "export function evolve(state: any, event: any) {\n  state.status = 'registered';\n  return state;\n}",
    message: /Your code changed its input \(Cannot assign to read only property 'status'/,
  },
  {
    name: "an async function",
    code: "export async function evolve(state) {\n  return state;\n}",
    message: /returned a promise/,
  },
  {
    name: "fetch",
    code: "export function evolve(state) {\n  fetch('/api/health');\n  return state;\n}",
    message: SEALED,
  },
  {
    name: "importScripts",
    code: "importScripts('/api/health');\nexport function evolve(s) { return s; }",
    message: SEALED,
  },
  { name: "XMLHttpRequest", code: "new XMLHttpRequest();\nexport function evolve(s) { return s; }", message: SEALED },
  {
    name: "WebSocket",
    code: "new WebSocket('ws://127.0.0.1:3100');\nexport function evolve(s) { return s; }",
    message: SEALED,
  },
  {
    name: "postMessage to the page (a forged result)",
    code: "postMessage({ runId: 'x', status: 'done', results: [] });\nexport function evolve(s) { return s; }",
    message: SEALED,
  },
  {
    name: "the global object by an eval trick",
    code: "const g = (0, eval)('this');\ng.postMessage('hi');\nexport function evolve(s) { return s; }",
    message: SEALED,
  },
  {
    name: "the Function constructor reached through a function",
    code: "(function () {}).constructor('return fetch')()('/api/health');\nexport function evolve(s) { return s; }",
    message: SEALED,
  },
  {
    name: "import() in the code",
    code: "export function evolve(s) {\n  void import('/api/health');\n  return s;\n}",
    message: /import\(\) is not available in the lab/,
  },
  {
    name: "import() from a string through an async function's constructor",
    code: "export function evolve(s) {\n  (async () => {}).constructor(\"return import('/api/health')\")();\n  return s;\n}",
    message: SEALED,
  },
];

test.describe("bad code in the lab", () => {
  for (const { name, code, message } of CASES) {
    test(`${name}: a clear message, and no request to the server`, async ({ page }) => {
      await openExercise(page, "evolve");
      const requests = watchRequests(page);
      await replaceCode(page, code);
      await expect(page.getByText(message).first()).toBeVisible();
      expect(requests).toEqual([]);
    });
  }

  test("an endless loop is stopped at 2 s while the page stays responsive; the next code runs in a fresh worker", async ({
    page,
  }) => {
    await openExercise(page, "evolve");
    const requests = watchRequests(page);
    await replaceCode(page, "export function evolve(state) {\n  while (true) {}\n}");
    // While the loop runs in the worker, the page answers at once.
    await page.waitForTimeout(600);
    await page.getByRole("button", { name: "Show a hint" }).click({ timeout: 500 });
    await expect(page.getByRole("button", { name: /Show hint 2 of/ })).toBeVisible({ timeout: 500 });
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "stopped", { timeout: 5_000 });
    await expect(page.getByTestId("check-status")).toContainText("ran for more than 2 seconds and was stopped");

    await replaceCode(page, "export function evolve(state) {\n  return state;\n}");
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "checked");
    expect(requests).toEqual([]);
  });

  test("code that allocates without end is stopped, and the tab lives on", async ({ page }) => {
    await openExercise(page, "evolve");
    let crashed = false;
    page.on("crash", () => (crashed = true));
    await replaceCode(
      page,
      "const hog = [];\nexport function evolve(state) {\n  while (true) hog.push(new Array(1e6).fill(1));\n}",
    );
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "stopped", { timeout: 10_000 });
    await replaceCode(page, "export function evolve(state) {\n  return state;\n}");
    await expect(page.getByTestId("check-status")).toHaveAttribute("data-kind", "checked");
    expect(crashed).toBe(false);
  });

  test("the worker's script carries its own policy: no connection, no script source but eval", async ({ request }) => {
    const response = await request.get("/lab/runner.js");
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; script-src 'unsafe-eval'");
    expect(response.headers()["content-type"]).toContain("text/javascript");
  });
});
