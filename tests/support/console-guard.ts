/**
 * Playwright's `test`, failing any test whose pages log a console error or warning (a React hydration mismatch
 * is logged as one) or throw an uncaught error. A test that expects some (a 404 it asks for, a connection it
 * drops on purpose) lists them: `test.use({ allowedConsoleMessages: [/pattern/] })`.
 */
import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Chromium's hint about the stylesheet Next.js preloads on every page, logged when a page stays open a few
 * seconds: a framework behaviour (vercel/next.js#51524), not a fault of the page.
 */
const FRAMEWORK_NOISE = [/_next\/static\/.*\.css was preloaded using link preload but not used within a few seconds/];

/** Collects every console error or warning and uncaught error of a context's pages, but for the allowed ones. */
export function watchConsole(context: BrowserContext, allowed: readonly RegExp[] = []): string[] {
  const problems: string[] = [];
  const note = (text: string) => {
    if (![...FRAMEWORK_NOISE, ...allowed].some((pattern) => pattern.test(text))) problems.push(text);
  };
  context.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      note(`${message.type()} on ${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
  context.on("weberror", (error) => note(`uncaught on ${error.page()?.url() ?? "?"}: ${error.error().message}`));
  return problems;
}

export const test = base.extend<{ allowedConsoleMessages: RegExp[] }>({
  allowedConsoleMessages: [[], { option: true }],
  context: async ({ context, allowedConsoleMessages }, use) => {
    const problems = watchConsole(context, allowedConsoleMessages);
    await use(context);
    expect(problems, "console errors, warnings or uncaught errors in the pages").toEqual([]);
  },
});

export { expect };
