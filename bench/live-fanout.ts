/**
 * The live feed under many connections (issue 15), against the production build: `next start` on a port of its
 * own with the bench's settings, its DynamoDB endpoint a counting proxy in front of DynamoDB Local. At each level
 * (5, 50, 500 connections to GET /api/events/live) it appends at a steady rate straight to DynamoDB Local (so
 * the server's CPU is the feed's alone) and measures:
 * - latency from an append being acknowledged to its event arriving on every connection (p50/p99 over the
 *   events), and the slowest connection's own p50/p99;
 * - the server's CPU seconds per second (/proc, the next-server process and any children);
 * - DynamoDB read requests per second, as the proxy counted them.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { formatCpuSeconds, withCpuSeconds, type CpuSeconds } from "@/bench/cpu-meter";
import { readRequests, startRequestCounter } from "@/bench/dynamodb-request-counter";
import { openSseConnections } from "@/bench/sse-connections";
import type { EventStore } from "@/lib/event-store/types";
import { runCommand } from "@/lib/dev-services/run-command";

export const FANOUT_TARGETS = { p99Ms: 1_000, readGrowth: 1.2 };
const APP_PORT = 3150;
const NEXT_BIN = "node_modules/next/dist/bin/next";
/**
 * The connections are spread over this many groups, as the viewers of 50 classes would be. Sandboxes do not
 * exist yet, so every group sees every event; once they do, groupQuery returns what puts a connection in its
 * group (`?sandbox=<n>`, say), the appender writes into the groups in turn, and "delivered to every connection"
 * becomes "to every connection of its group" (see `expectedConnections`).
 */
const GROUPS = 50;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the hook's argument, used once sandboxes exist
const groupQuery = (group: number): string => "";
const expectedConnections = (connections: number): number => connections;

export interface FanoutLevel {
  connections: number;
  appends: number;
  seconds: number;
  /** Per event: acknowledged → arrived on the last connection (ms). */
  every: { p50: number; p99: number; max: number };
  /** Per connection: its own p50 and p99 (ms); the worst connection's. */
  slowest: { p50: number; p99: number };
  /** Events some connection did not get within the drain time, and events a connection got twice. */
  undelivered: number;
  duplicates: number;
  serverCpuPerSecond: number;
  readsPerSecond: number;
  reconnects: number;
  cpu: CpuSeconds;
}

export interface FanoutOptions {
  /** Appends go through this store, straight to DynamoDB Local. */
  store: EventStore;
  dynamoEndpoint: string;
  /** The bench's settings, given to `next start` (its DynamoDB endpoint becomes the counting proxy). */
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

/** Appends one event to a new stream every 1/rate s for `seconds`; `acknowledged` gets each one's index. */
async function steadyAppends(
  store: EventStore,
  ratePerSecond: number,
  seconds: number,
  register: (eventId: string) => number,
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
        .appendToStream(`fanout-${id}`, [event], { expectedRevision: "no_stream" })
        .then(() => acknowledged(index, performance.now())),
    );
  }
  await Promise.all(inFlight);
  return sent;
}

async function measureLevel(
  server: { base: string; pid: number },
  counter: { counts(): Record<string, number> },
  connections: number,
  options: Required<Pick<FanoutOptions, "ratePerSecond" | "seconds" | "warmUpSeconds">> & FanoutOptions,
): Promise<FanoutLevel> {
  const { store, ratePerSecond, seconds, warmUpSeconds } = options;
  const capacity = Math.ceil(ratePerSecond * (warmUpSeconds + seconds + 2)) + 16;
  const indexOf = new Map<string, number>();
  const ackAt = new Float64Array(capacity).fill(NaN);
  const arrivals = Array.from({ length: connections }, () => new Float64Array(capacity).fill(NaN));
  let duplicates = 0;
  let next = 0;
  const register = (id: string) => {
    indexOf.set(id, next);
    return next++;
  };
  const acknowledged = (index: number, at: number) => (ackAt[index] = at);

  const urls = Array.from({ length: connections }, (_, i) => `${server.base}/api/events/live${groupQuery(i % GROUPS)}`);
  const clients = openSseConnections(urls, (connection, eventId, at) => {
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
    await steadyAppends(store, ratePerSecond, warmUpSeconds, register, acknowledged);
    const from = next;
    const readsBefore = readRequests(counter.counts());
    const startedAt = performance.now();
    const { result: appended, cpu } = await withCpuSeconds({ ...processTree(server.pid), ...options.otherPids }, () =>
      steadyAppends(store, ratePerSecond, seconds, register, acknowledged),
    );
    const elapsed = (performance.now() - startedAt) / 1000;
    const reads = readRequests(counter.counts()) - readsBefore;
    const to = from + appended;
    const expected = expectedConnections(connections);
    const deliveredEverywhere = (i: number) => arrivals.filter((row) => !Number.isNaN(row[i])).length >= expected;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await pause(100)) {
      let done = true;
      for (let i = from; i < to && done; i += 1) done = deliveredEverywhere(i);
      if (done) break;
    }

    const every: number[] = [];
    let undelivered = 0;
    for (let i = from; i < to; i += 1) {
      if (!deliveredEverywhere(i)) undelivered += 1;
      else every.push(Math.max(0, ...arrivals.map((row) => row[i]! - ackAt[i]!)));
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
      seconds: elapsed,
      every: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN },
      slowest: {
        p50: Math.max(...perConnection.map((c) => c.p50)),
        p99: Math.max(...perConnection.map((c) => c.p99)),
      },
      undelivered,
      duplicates,
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
  const counter = await startRequestCounter(options.dynamoEndpoint);
  let server: Awaited<ReturnType<typeof startNextServer>> | undefined;
  try {
    server = await startNextServer({ ...options.env, DYNAMODB_ENDPOINT: counter.endpoint }, log);
    const results: FanoutLevel[] = [];
    for (const connections of levels) {
      log(`fanout: ${connections} connections, ${settings.ratePerSecond} appends/s for ${settings.seconds} s`);
      results.push(await measureLevel(server, counter, connections, settings));
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
    `Live feed fan-out, production build (next start), ${ratePerSecond} appends/s; connections over ${GROUPS} groups (one feed for all until sandboxes exist)`,
    "connections | ack → on every connection p50 / p99 / max ms (p99 target < 1000) | slowest connection p50 / p99 ms | server CPU s/s | DynamoDB reads/s (target ≤ 1.2× the first) | reconnects · undelivered · duplicates",
  ];
  for (const l of levels)
    lines.push(
      [
        String(l.connections).padStart(11),
        `${ms(l.every.p50)} / ${ms(l.every.p99)} / ${ms(l.every.max)}`.padStart(64),
        `${ms(l.slowest.p50)} / ${ms(l.slowest.p99)}`.padStart(31),
        l.serverCpuPerSecond.toFixed(3).padStart(14),
        `${l.readsPerSecond.toFixed(2)} (${base ? (l.readsPerSecond / base.readsPerSecond).toFixed(2) : "-"}×)`.padStart(
          43,
        ),
        `${l.reconnects} · ${l.undelivered} · ${l.duplicates}`,
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
  for (const l of levels)
    lines.push(
      `CPU seconds over ${l.seconds.toFixed(1)} s at ${l.connections} connections: ${formatCpuSeconds(l.cpu)}`,
    );
  return lines;
}
