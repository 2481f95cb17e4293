import { defineConfig, devices } from "@playwright/test";
import { E2E_SECRETS, TEST_APP_URL, TEST_ENV, TEST_REPORTS_DIR } from "./tests/support/test-env.ts";

// Debian's Chromium (apt-get install chromium): Playwright's own browser download is not used.
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: `${TEST_REPORTS_DIR}/playwright.json` }]],
  use: {
    baseURL: TEST_APP_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        // Without these Chromium keeps calling Google's services, which this network refuses, many at a time.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The production build (`next build` first) against the test stores, which `npm test` starts.
  webServer: [
    {
      command: `next start -p ${TEST_ENV.APP_PORT}`,
      url: `${TEST_APP_URL}/api/health`,
      env: { ...TEST_ENV, ...E2E_SECRETS },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The projector, as `npm run projector` runs it, so pages see the read model follow the events.
      command: "node_modules/.bin/tsx --conditions=react-server scripts/projector.ts",
      wait: { stdout: /projector: running/ },
      env: { ...TEST_ENV },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
