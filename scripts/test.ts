/**
 * `npm test` (via scripts/test.sh): starts the test stores on their own ports (tests/support/test-env.ts),
 * prepares them, runs vitest (unit + integration), `next build`, Playwright and a short class load (npm run load
 * with 10 learners for 30 s, on that build), then stops what it started, whatever happened. Exits non-zero when
 * any step failed.
 */
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { config } from "@/lib/config";
import { ServiceStartError } from "@/lib/dev-services/errors";
import { prepareStores } from "@/lib/dev-services/prepare-stores";
import { interruptCurrentCommand, runCommand } from "@/lib/dev-services/run-command";
import { startServices, type Services } from "@/lib/dev-services/services";
import { countResults, type StepResult } from "@/scripts/test-summary";
import { TEST_ENV, TEST_REPORTS_DIR, TEST_TOOL_ENV } from "@/tests/support/test-env";

const log = (line: string) => console.log(`[test] ${line}`);
const require = createRequire(import.meta.url);
const resolveBin = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

// Everything started below (services, vitest, next, playwright) sees the test settings.
Object.assign(process.env, TEST_ENV, TEST_TOOL_ENV);

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    log(`${signal}: stopping after the current step`);
    interruptCurrentCommand(signal);
  });
}

const steps: { name: string; command: string[]; report?: string }[] = [
  {
    name: "vitest",
    command: [
      resolveBin("vitest", "vitest.mjs"),
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${TEST_REPORTS_DIR}/vitest.json`,
    ],
    report: `${TEST_REPORTS_DIR}/vitest.json`,
  },
  { name: "next build", command: [resolveBin("next", "dist/bin/next"), "build"] },
  {
    name: "playwright",
    command: [resolveBin("@playwright/test", "cli.js"), "test"],
    report: `${TEST_REPORTS_DIR}/playwright.json`,
  },
  {
    // A short class as load against the same build (docs/classes.md, "A class as load"); one test in the summary.
    name: "class load",
    command: [
      resolveBin("tsx", "dist/cli.mjs"),
      "--conditions=react-server",
      "scripts/class-load.ts",
      "--learners=10",
      "--seconds=30",
      "--think=1000-3000",
      `--report=${TEST_REPORTS_DIR}/class-load.json`,
    ],
    report: `${TEST_REPORTS_DIR}/class-load.json`,
  },
];

/**
 * `npm test` runs every step. `npm test -- e2e tests/e2e/api.spec.ts` runs only the build and those specs, and
 * `npm test -- vitest tests/integration/projector` only those Vitest files: the same stores, set up and torn down.
 */
function chosenSteps(args: readonly string[]) {
  const [only, ...files] = args;
  if (only === "e2e")
    return steps
      .filter((s) => s.name !== "vitest" && s.name !== "class load")
      .map((s) => (s.name === "playwright" ? { ...s, command: [...s.command, ...files] } : s));
  if (only === "vitest")
    return steps.filter((s) => s.name === "vitest").map((s) => ({ ...s, command: [...s.command, ...files] }));
  return steps;
}

async function main(): Promise<number> {
  rmSync(TEST_REPORTS_DIR, { recursive: true, force: true });
  mkdirSync(TEST_REPORTS_DIR, { recursive: true });
  const settings = config();
  let services: Services | undefined;
  const results: StepResult[] = [];
  try {
    services = await startServices(settings, { fresh: true, log });
    await prepareStores(settings, { log });
    for (const step of chosenSteps(process.argv.slice(2))) {
      const buildFailed = results.some((r) => r.name === "next build" && r.exitCode !== 0);
      if (interrupted || ((step.name === "playwright" || step.name === "class load") && buildFailed)) {
        results.push({ name: step.name, exitCode: undefined, report: undefined });
        continue;
      }
      log(`running ${step.name}`);
      const [script, ...args] = step.command;
      const exitCode = await runCommand(process.execPath, [script!, ...args]);
      results.push({ name: step.name, exitCode, report: step.report });
    }
  } catch (error) {
    console.error(`[test] ${error instanceof ServiceStartError ? error.message : String(error)}`);
    if (!(error instanceof ServiceStartError) && error instanceof Error && error.stack) console.error(error.stack);
    results.push({ name: "set-up", exitCode: 1, report: undefined });
  } finally {
    await services?.stop();
  }
  const summary = countResults(results);
  for (const line of summary.lines) log(line);
  // The plain closing line CI reads.
  console.log(`tests: ${summary.passed} passed, ${summary.failed} failed`);
  if (interrupted) return 130;
  return summary.ok ? 0 : 1;
}

void main().then((code) => process.exit(code));
