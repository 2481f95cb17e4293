/** Turns the steps of scripts/test.ts and their runners' JSON reports into a closing summary. */
import { existsSync, readFileSync } from "node:fs";

export interface StepResult {
  name: string;
  /** undefined: skipped. */
  exitCode: number | undefined;
  /** A JSON report written by the step's runner (vitest's jest-style report or Playwright's). */
  report: string | undefined;
}

interface Counts {
  passed: number;
  failed: number;
}

export function countResults(results: StepResult[]) {
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const result of results) {
    const counts = result.report ? readCounts(result.report) : undefined;
    passed += counts?.passed ?? 0;
    failed += counts?.failed ?? 0;
    // A step that failed without a failed test (crash, build error) still counts as one failure.
    if (result.exitCode !== undefined && result.exitCode !== 0 && !counts?.failed) failed += 1;
    const outcome =
      result.exitCode === undefined ? "skipped" : result.exitCode === 0 ? "ok" : `failed (exit ${result.exitCode})`;
    const detail = counts ? `: ${counts.passed} passed, ${counts.failed} failed` : "";
    lines.push(`${result.name} ${outcome}${detail}`);
  }
  const ok = results.every((r) => r.exitCode === 0);
  return { passed, failed, ok, lines };
}

function readCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    stats?: { expected?: number; unexpected?: number; flaky?: number };
  };
  if (report.stats) {
    return { passed: (report.stats.expected ?? 0) + (report.stats.flaky ?? 0), failed: report.stats.unexpected ?? 0 };
  }
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}
