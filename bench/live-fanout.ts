/**
 * The live feed under many connections (issue 15), against the production build: `next start` on a port of its
 * own with the bench's settings, its DynamoDB endpoint a counting proxy in front of DynamoDB Local. The bench
 * opens one class with 50 learners in the bench's MySQL; each connection carries one learner's pass (the
 * `ledgerline-learner` cookie), so the server sends it only that learner's sandbox's events. At each level (5,
 * 50, 500 connections to GET /api/events/live, connection i as learner i mod 50) it appends at a steady rate
 * straight to DynamoDB Local (so the server's CPU is the feed's alone), each event to a new stream of the next
 * sandbox in turn, and measures:
 * - latency from an append being acknowledged to its event arriving on every connection of its sandbox (p50/p99
 *   over the events that have at least one such connection), and the slowest connection's own p50/p99;
 * - events a connection received from another sandbox (0 expected);
 * - the server's CPU seconds per second (/proc, the next-server process and any children);
 * - DynamoDB read requests per second, as the proxy counted them.
 */
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { formatCpuSeconds, withCpuSeconds, type CpuSeconds } from "@/bench/cpu-meter";
import { readRequests, startRequestCounter } from "@/bench/dynamodb-request-counter";
import { openSseConnections } from "@/bench/sse-connections";
import { LEARNER_COOKIE, PASS_DAYS, passKey, writePass } from "@/lib/classroom/learner-pass";
import { newSandboxId, streamInSandbox } from "@/lib/domain/sandbox";
import type { EventStore } from "@/lib/event-store/types";
import { runCommand } from "@/lib/dev-services/run-command";
import { addLearner } from "@/lib/read-model/class-queries";
import type { ReadModel } from "@/lib/read-model/client";
import { classes } from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";

export const FANOUT_TARGETS = { p99Ms: 1_000, readGrowth: 1.2 };
const APP_PORT = 3150;
const NEXT_BIN = "node_modules/next/dist/bin/next";
/** The connections are spread over this many sandboxes, one learner's each, as issue 15 asks. */
const SANDBOXES = 50;

/** One learner of the bench's class: their sandbox, and the Cookie header that carries their pass. */
interface BenchLearner {
  sandbox: string;
  cookie: string;
}

export interface FanoutLevel {
  connections: number;
  appends: number;
  /** Appended events whose sandbox has at least one connection: the ones latency is measured on. */
  measured: number;
  seconds: number;
  /** Per event: acknowledged → arrived on the last connection of its sandbox (ms). */
  every: { p50: number; p99: number; max: number };
  /** Per connection: its own p50 and p99 (ms); the worst connection's. */
  slowest: { p50: number; p99: number };
  /** Events some connection did not get within the drain time, and events a connection got twice. */
  undelivered: number;
  duplicates: number;
  /** Events a connection received that were not its sandbox's (the whole level, warm-up included; 0 expected). */
  otherSandboxes: number;
  serverCpuPerSecond: number;
  readsPerSecond: number;
  reconnects: number;
  cpu: CpuSeconds;
}

export interface FanoutOptions {
  /** Appends go through this store, straight to DynamoDB Local. */
  store: EventStore;
  /** The bench's MySQL (the server's read model too): the class and its learners are created there. */
  readModel: ReadModel;
  dynamoEndpoint: string;
  /**
   * The bench's settings, given to `next start` (its DynamoDB endpoint becomes the counting proxy, and it gets an
   * INSTRUCTOR_SECRET of this run's: the learners' passes are signed with a key derived from it).
   */
  env: Record<string, string>;
  otherPids: Record<string, number | undefined>;
  levels?: number[];
  ratePerSecond?: number;
  seconds?: number;
  warmUpSeconds?: number;
  log: (line: string) => void;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sortedOf = (values: Iterable<number>) => [...values].sort((a, b) => a - b);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds (`next build`) unless .next holds a build newer than every source file it is made from. */
async function ensureProductionBuild(log: (line: string) => void): Promise<void> {
  const buildId = ".next/BUILD_ID";
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const newest = (entry: string): number => {
    if (!existsSync(entry)) return 0;
    const stat = statSync(entry);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
  };
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.mjs", "package-lock.json"];
  if (builtAt > Math.max(...sources.map(newest))) return log("fanout: .next is newer than the sources, reusing it");
  log("fanout: next build (the production build the feed is measured on)");
  const code = await runCommand(process.execPath, [NEXT_BIN, "build"]);
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

/** The process and every descendant of it, from /proc (Linux). */
function processTree(root: number): Record<string, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const fields = readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]!.split(" ");
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const tree: Record<string, number> = { "next-server": root };
  const members = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents)
      if (members.has(parent) && !members.has(pid)) {
        members.add(pid);
        tree[`next child ${pid}`] = pid;
        grew = true;
      }
  }
  return tree;
}

async function startNextServer(env: Record<string, string>, log: (line: string) => void) {
  const output: string[] = [];
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(APP_PORT)], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean).slice(-50));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const base = `http://127.0.0.1:${APP_PORT}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output.slice(-20).join("\n")}`);
    const healthy = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`next start did not get healthy:\n${output.slice(-20).join("\n")}`);
    await pause(250);
  }
  log(`fanout: next start on ${base} (pid ${child.pid})`);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, pause(5_000)]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return { base, pid: child.pid!, stop, output };
}

/**
 * Appends one event to a new stream every 1/rate s for `seconds`, the stream named by `streamOf` from the event's
 * index; `acknowledged` gets each one's index.
 */
async function steadyAppends(
  store: EventStore,
  ratePerSecond: number,
  seconds: number,
  register: (eventId: string) => number,
  streamOf: (index: number, eventId: string) => string,
  acknowledged: (index: number, at: number) => void,
): Promise<number> {
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  while (performance.now() - start < seconds * 1000) {
    const wait = start + (sent * 1000) / ratePerSecond - performance.now();
    if (wait > 0) await pause(wait);
    const id = randomUUID();
    const index = register(id);
    sent += 1;
    const event = { id, type: "NoteWritten", data: { text: `fan-out probe ${index}` } };
    inFlight.push(
      store
        .appendToStream(streamOf(index, id), [event], { expectedRevision: "no_stream" })
        .then(() => acknowledged(index, performance.now())),
    );
  }
  await Promise.all(inFlight);
  return sent;
}

/**
 * One open class of SANDBOXES learners in the bench's MySQL, each with a sandbox of their own, as joining makes
 * them (lib/classroom/class-commands.ts), and each learner's pass signed as the server signs it. The class row
 * is written with only the columns a learner's lookup needs.
 */
async function openBenchClass(readModel: ReadModel, key: Buffer): Promise<BenchLearner[]> {
  const randomId = (prefix: string, length: number) =>
    prefix + Array.from(randomBytes(length), (byte) => "abcdefghijklmnopqrstuvwxyz0123456789"[byte % 36]).join("");
  const classId = randomId("c", 10);
  await readModel.db
    .insert(classes)
    .values({ id: classId, name: "Fan-out bench", open: true, createdAt: toSqlDateTime(new Date()) });
  const expires = Math.floor(Date.now() / 1000) + PASS_DAYS * 86_400;
  const learners: BenchLearner[] = [];
  for (let n = 1; n <= SANDBOXES; n += 1) {
    const learnerId = randomId("l", 12);
    const sandbox = newSandboxId(randomBytes(10));
    await addLearner(readModel, { id: learnerId, classId, displayName: `Bench learner ${n}`, sandbox });
    learners.push({ sandbox, cookie: `${LEARNER_COOKIE}=${writePass(key, { learnerId, expires })}` });
  }
  return learners;
}

async function measureLevel(
  server: { base: string; pid: number },
  counter: { counts(): Record<string, number> },
  connections: number,
  learners: readonly BenchLearner[],
  /** Every event the bench appended, any level: its sandbox's number (0 … SANDBOXES-1). */
  sandboxOfEvent: Map<string, number>,
  options: Required<Pick<FanoutOptions, "ratePerSecond" | "seconds" | "warmUpSeconds">> & FanoutOptions,
): Promise<FanoutLevel> {
  const { store, ratePerSecond, seconds, warmUpSeconds } = options;
  const capacity = Math.ceil(ratePerSecond * (warmUpSeconds + seconds + 2)) + 16;
  const indexOf = new Map<string, number>();
  const ackAt = new Float64Array(capacity).fill(NaN);
  const arrivals = Array.from({ length: connections }, () => new Float64Array(capacity).fill(NaN));
  // Connection c is learner c mod SANDBOXES; event i goes to sandbox i mod SANDBOXES.
  const sandboxOfConnection = (connection: number) => connection % learners.length;
  const sandboxOfIndex = (index: number) => index % learners.length;
  const viewersOf = learners.map((_, sandbox) =>
    Array.from({ length: connections }, (_, c) => c).filter((c) => sandboxOfConnection(c) === sandbox),
  );
  let duplicates = 0;
  let otherSandboxes = 0;
  let next = 0;
  const register = (id: string) => {
    indexOf.set(id, next);
    sandboxOfEvent.set(id, sandboxOfIndex(next));
    return next++;
  };
  const streamOf = (index: number, id: string) =>
    streamInSandbox(learners[sandboxOfIndex(index)]!.sandbox, `fanout-${id}`);
  const acknowledged = (index: number, at: number) => (ackAt[index] = at);

  const targets = Array.from({ length: connections }, (_, c) => ({
    url: `${server.base}/api/events/live`,
    cookie: learners[sandboxOfConnection(c)]!.cookie,
  }));
  const clients = openSseConnections(targets, (connection, eventId, at) => {
    // Anything but an event the bench wrote into this connection's own sandbox is another viewer's.
    if (sandboxOfEvent.get(eventId) !== sandboxOfConnection(connection)) {
      otherSandboxes += 1;
      return;
    }
    const index = indexOf.get(eventId);
    if (index === undefined) return;
    const row = arrivals[connection]!;
    if (Number.isNaN(row[index])) row[index] = at;
    else duplicates += 1;
  });
  try {
    const timeout = pause(60_000).then(() => Promise.reject(new Error(`${connections} connections did not open`)));
    await Promise.race([clients.opened, timeout]);
    // Unmeasured: the server's JIT and every connection's first deliveries.
    await steadyAppends(store, ratePerSecond, warmUpSeconds, register, streamOf, acknowledged);
    const from = next;
    const readsBefore = readRequests(counter.counts());
    const startedAt = performance.now();
    const { result: appended, cpu } = await withCpuSeconds({ ...processTree(server.pid), ...options.otherPids }, () =>
      steadyAppends(store, ratePerSecond, seconds, register, streamOf, acknowledged),
    );
    const elapsed = (performance.now() - startedAt) / 1000;
    const reads = readRequests(counter.counts()) - readsBefore;
    const to = from + appended;
    const viewers = (i: number) => viewersOf[sandboxOfIndex(i)]!;
    const measured: number[] = [];
    for (let i = from; i < to; i += 1) if (viewers(i).length > 0) measured.push(i);
    const deliveredToAll = (i: number) => viewers(i).every((c) => !Number.isNaN(arrivals[c]![i]));
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await pause(100))
      if (measured.every(deliveredToAll)) break;

    const every: number[] = [];
    let undelivered = 0;
    for (const i of measured) {
      if (!deliveredToAll(i)) undelivered += 1;
      else every.push(Math.max(0, ...viewers(i).map((c) => arrivals[c]![i]! - ackAt[i]!)));
    }
    const perConnection = arrivals.map((row) => {
      const latencies: number[] = [];
      for (let i = from; i < to; i += 1) if (!Number.isNaN(row[i])) latencies.push(Math.max(0, row[i]! - ackAt[i]!));
      const sorted = sortedOf(latencies);
      return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    });
    const sorted = sortedOf(every);
    const serverCpu = Object.entries(cpu)
      .filter(([name]) => name.startsWith("next"))
      .reduce((sum, [, value]) => sum + value, 0);
    return {
      connections,
      appends: appended,
      measured: measured.length,
      seconds: elapsed,
      every: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN },
      slowest: {
        p50: Math.max(...perConnection.map((c) => c.p50)),
        p99: Math.max(...perConnection.map((c) => c.p99)),
      },
      undelivered,
      duplicates,
      otherSandboxes,
      serverCpuPerSecond: serverCpu / elapsed,
      readsPerSecond: reads / elapsed,
      reconnects: clients.reconnects(),
      cpu,
    };
  } finally {
    clients.close();
    // The server's hub stops once the last connection is gone; the next level starts from nothing.
    await pause(2_000);
  }
}

export async function measureLiveFanout(options: FanoutOptions): Promise<FanoutLevel[]> {
  const settings = { ratePerSecond: 20, seconds: 20, warmUpSeconds: 5, ...options };
  const { log, levels = [5, 50, 500] } = options;
  await ensureProductionBuild(log);
  // This run's secret: the server derives the passes' key from it, and so does the bench, to sign them.
  const instructorSecret = `fanout-bench-${randomUUID()}`;
  const key = passKey({ instructorSecret, nodeEnv: "production" })!;
  const learners = await openBenchClass(options.readModel, key);
  log(`fanout: one class, ${learners.length} learners, a sandbox each (${learners[0]!.sandbox}, …)`);
  const sandboxOfEvent = new Map<string, number>();
  const counter = await startRequestCounter(options.dynamoEndpoint);
  let server: Awaited<ReturnType<typeof startNextServer>> | undefined;
  try {
    server = await startNextServer(
      { ...options.env, DYNAMODB_ENDPOINT: counter.endpoint, INSTRUCTOR_SECRET: instructorSecret },
      log,
    );
    const results: FanoutLevel[] = [];
    for (const connections of levels) {
      log(
        `fanout: ${connections} connections over ${Math.min(connections, SANDBOXES)} of ${SANDBOXES} sandboxes, ${settings.ratePerSecond} appends/s for ${settings.seconds} s`,
      );
      results.push(await measureLevel(server, counter, connections, learners, sandboxOfEvent, settings));
    }
    return results;
  } finally {
    await server?.stop();
    await counter.close();
  }
}

export function formatLiveFanout(levels: readonly FanoutLevel[], ratePerSecond: number): string[] {
  const ms = (n: number) => `${Math.round(n)}`;
  const base = levels[0];
  const lines = [
    `Live feed fan-out, production build (next start), ${ratePerSecond} appends/s over the streams of ${SANDBOXES} sandboxes (one class, ${SANDBOXES} learners); connection i carries learner i mod ${SANDBOXES}'s pass, so the server sends it that sandbox's events only`,
    "connections | events measured (sandbox has a connection) | ack → on every connection of its sandbox p50 / p99 / max ms (p99 target < 1000) | slowest connection p50 / p99 ms | server CPU s/s | DynamoDB reads/s (target ≤ 1.2× the first) | reconnects · undelivered · duplicates · other sandboxes' events received (0 expected)",
  ];
  for (const l of levels)
    lines.push(
      [
        String(l.connections).padStart(11),
        `${l.measured} of ${l.appends}`.padStart(42),
        `${ms(l.every.p50)} / ${ms(l.every.p99)} / ${ms(l.every.max)}`.padStart(80),
        `${ms(l.slowest.p50)} / ${ms(l.slowest.p99)}`.padStart(31),
        l.serverCpuPerSecond.toFixed(3).padStart(14),
        `${l.readsPerSecond.toFixed(2)} (${base ? (l.readsPerSecond / base.readsPerSecond).toFixed(2) : "-"}×)`.padStart(
          43,
        ),
        `${l.reconnects} · ${l.undelivered} · ${l.duplicates} · ${l.otherSandboxes}`,
      ].join(" | "),
    );
  const top = levels.at(-1);
  if (top && base) {
    const p99Met = top.every.p99 < FANOUT_TARGETS.p99Ms ? "met" : "NOT met";
    const growth = top.readsPerSecond / base.readsPerSecond;
    const readsMet = growth <= FANOUT_TARGETS.readGrowth ? "met" : "NOT met";
    lines.push(
      `targets at ${top.connections}: p99 ${ms(top.every.p99)} ms < ${FANOUT_TARGETS.p99Ms} ms: ${p99Met}; reads/s ${growth.toFixed(2)}× those at ${base.connections} ≤ ${FANOUT_TARGETS.readGrowth}×: ${readsMet}`,
    );
  }
  const leaked = levels.reduce((sum, l) => sum + l.otherSandboxes, 0);
  lines.push(
    `isolation: ${leaked} events received by a connection of another sandbox, all levels (0 expected): ${leaked === 0 ? "met" : "NOT met"}`,
  );
  for (const l of levels)
    lines.push(
      `CPU seconds over ${l.seconds.toFixed(1)} s at ${l.connections} connections: ${formatCpuSeconds(l.cpu)}`,
    );
  return lines;
}
