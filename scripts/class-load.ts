/**
 * `npm run load`: a class as load (issue 15). N learners (default 100) join a class and work through the
 * walkthrough's actions and the student forms for a while (default 3 minutes), through the real server: HTTP
 * requests, server actions posted as the browser posts them, an open live feed each. It prints, per kind of
 * request, the count, p50, p99, max and errors, the projection lag and the events seen outside their sandbox, and
 * exits 1 when a target is missed: 0 errors, 0 events outside their sandbox, p99 < 1 s for every kind of request,
 * projection lag p99 < 1 s (docs/classes.md, "A class as load").
 *
 * Without --url it serves the production build itself (`next start` on --port, default 3160, and the projector),
 * on the stores of the current settings, started here when they are not running (`--fresh`: from empty data).
 * With --url=<base> it loads a running deployment instead, which must run the build in .next (the action ids come
 * from it), its projector, and the INSTRUCTOR_SECRET given by --secret or the environment.
 *
 *   npm run load -- --learners=100 --seconds=120 [--think=2000-6000] [--report=<file.json>]
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatCpuSeconds, withCpuSeconds } from "@/bench/cpu-meter";
import { LoadFigures, type LoadSummary } from "@/bench/class-load-figures";
import { Learner, openClass, resolveLoadActions, type LoadRun } from "@/bench/class-learner";
import { ensureBuild, foldProcessTrees, processTree, startLoadApp, type LoadApp } from "@/bench/load-app-server";
import { readActionIds } from "@/bench/server-action-client";
import { config } from "@/lib/config";
import { loadEnvFiles } from "@/lib/dev-services/load-env-files";
import { prepareStores } from "@/lib/dev-services/prepare-stores";
import { startServices, type Services } from "@/lib/dev-services/services";

const log = (line: string) => console.log(`[load] ${line}`);

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function numberOption(name: string, fallback: number): number {
  const value = option(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`);
  return parsed;
}

const learners = Math.floor(numberOption("learners", 100));
const seconds = numberOption("seconds", 180);
const [thinkMin = 2_000, thinkMax = 6_000] = (option("think") ?? "2000-6000").split("-").map(Number);
const port = numberOption("port", 3160);
const report = option("report");
/** Learners arrive over the first minute (a third of a shorter run), as a class does when the link is shared. */
const rampSeconds = numberOption("ramp", Math.min(60, seconds / 3));

function writeReport(summary: LoadSummary | undefined, failure?: string): void {
  if (!report) return;
  mkdirSync(path.dirname(report), { recursive: true });
  // The shape of Vitest's JSON report, so the test run's summary counts the load as one test.
  const passed = summary?.ok === true;
  writeFileSync(
    report,
    JSON.stringify({ numPassedTests: passed ? 1 : 0, numFailedTests: passed ? 0 : 1, failure, lines: summary?.lines }),
  );
}

async function simulate(base: string, secret: string): Promise<LoadSummary> {
  const figures = new LoadFigures();
  const startedAt = performance.now();
  const endsAt = startedAt + seconds * 1000;
  const run: LoadRun = {
    base,
    actions: resolveLoadActions(readActionIds()),
    figures,
    think: { min: thinkMin, max: thinkMax },
    over: () => performance.now() >= endsAt,
    sandboxes: new Map(),
  };
  const instructor = await openClass(run, secret, `Load ${new Date().toISOString().slice(0, 16)}`);
  log(`class ${instructor.classId} open; ${learners} learners join over ${rampSeconds} s and work for ${seconds} s`);
  const watching = instructor.watch();
  const people = Array.from({ length: learners }, (_, index) => new Learner(run, index));
  await Promise.all(
    people.map(async (learner, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index / learners) * rampSeconds * 1000));
      if (await learner.join(instructor.classId)) await learner.work();
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  log("time is up: checking that every learner's events were projected and reached their live feed");
  // Ten at a time: a hundred feed reads in the same millisecond is no class's pattern.
  for (let from = 0; from < people.length; from += 10)
    await Promise.all(people.slice(from, from + 10).map((learner) => learner.finish()));
  await watching;
  const samples = option("samples");
  if (samples)
    writeFileSync(
      samples,
      figures.samples.map(([at, kind, ms]) => `${Math.round(at)},${kind},${Math.round(ms)}\n`).join(""),
    );
  return figures.summarize(learners, elapsed);
}

async function main(): Promise<number> {
  const url = option("url");
  let services: Services | undefined;
  let app: LoadApp | undefined;
  try {
    let base = url;
    let secret = option("secret") ?? process.env.INSTRUCTOR_SECRET;
    if (!base) {
      loadEnvFiles();
      const settings = config();
      secret = settings.instructorSecret ?? `load-${randomBytes(12).toString("hex")}`;
      services = await startServices(settings, { fresh: process.argv.includes("--fresh"), log });
      await prepareStores(settings, { log });
      await ensureBuild(log);
      app = await startLoadApp(port, { INSTRUCTOR_SECRET: secret }, log);
      base = app.base;
    }
    if (!secret) throw new Error("--url needs the server's instructor secret: --secret=<secret> or INSTRUCTOR_SECRET");
    const pids = app
      ? {
          ...processTree("next start", app.server.pid),
          ...processTree("projector", app.projector.pid),
          ...services?.pids,
        }
      : {};
    const { result: summary, cpu } = await withCpuSeconds(pids, () => simulate(base!, secret!));
    for (const line of summary.lines) log(line);
    log(`CPU seconds over the run (${summary.seconds.toFixed(0)} s): ${formatCpuSeconds(foldProcessTrees(cpu))}`);
    if (!summary.ok && app) {
      log("the server's last lines:");
      for (const line of app.server.output()) log(`  ${line}`);
    }
    log(summary.ok ? "every target met" : "a target was missed");
    writeReport(summary);
    return summary.ok ? 0 : 1;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[load] ${message}`);
    writeReport(undefined, message);
    return 1;
  } finally {
    await app?.stop();
    await services?.stop();
  }
}

void main().then((code) => process.exit(code));
