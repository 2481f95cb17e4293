/**
 * The app as a deployment runs it, for the class load: the production build served by `next start` on a port of
 * its own, and the projector (`npm run projector`) beside it, both with this process's settings plus the
 * instructor secret the load unlocks with. Each keeps its last output lines, shown when something went wrong.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { runCommand } from "@/lib/dev-services/run-command";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const TSX_CLI = "node_modules/tsx/dist/cli.mjs";

export interface AppChild {
  pid: number;
  /** The last 40 lines it printed. */
  output(): string[];
  stop(): Promise<void>;
}

export interface LoadApp {
  base: string;
  server: AppChild;
  projector: AppChild;
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startChild(args: string[], env: Record<string, string>, onLine?: (line: string) => void): AppChild {
  const lines: string[] = [];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      lines.push(line);
      onLine?.(line);
    }
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return {
    pid: child.pid!,
    output: () => [...lines],
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, pause(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** `next build` when .next holds no build yet. */
export async function ensureBuild(log: (line: string) => void): Promise<void> {
  if (existsSync(".next/BUILD_ID")) return;
  log("no production build in .next: next build");
  const code = await runCommand(process.execPath, [NEXT_BIN, "build"]);
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

export async function startLoadApp(
  port: number,
  env: Record<string, string>,
  log: (line: string) => void,
): Promise<LoadApp> {
  const base = `http://127.0.0.1:${port}`;
  const server = startChild([NEXT_BIN, "start", "-p", String(port)], { ...env, NODE_ENV: "production" });
  let projector: AppChild | undefined;
  const stop = async () => {
    await Promise.all([server.stop(), projector?.stop()]);
  };
  try {
    for (const deadline = Date.now() + 60_000; ; await pause(250)) {
      const healthy = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) break;
      if (Date.now() > deadline)
        throw new Error(`next start did not get healthy in 60 s:\n${server.output().join("\n")}`);
    }
    log(`next start on ${base} (pid ${server.pid})`);
    let markRunning = () => {};
    const running = new Promise<void>((resolve) => (markRunning = resolve));
    projector = startChild([TSX_CLI, "--conditions=react-server", "scripts/projector.ts"], env, (line) => {
      if (line.includes("projector: running")) markRunning();
    });
    const started = await Promise.race([running.then(() => true), pause(60_000).then(() => false)]);
    if (!started) throw new Error(`the projector did not start in 60 s:\n${projector.output().join("\n")}`);
    log(`projector running (pid ${projector.pid})`);
    return { base, server, projector, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A process and its descendants (from /proc; only the root where /proc is missing), named after the root. */
export function processTree(name: string, root: number): Record<string, number> {
  const parents = new Map<number, number>();
  try {
    for (const entry of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
      try {
        const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
        parents.set(Number(entry), Number(fields[1]));
      } catch {
        // Gone meanwhile.
      }
    }
  } catch {
    return { [name]: root };
  }
  const members = [root];
  for (let i = 0; i < members.length; i += 1)
    for (const [pid, parent] of parents) if (parent === members[i]) members.push(pid);
  return Object.fromEntries(members.map((pid, i) => [i === 0 ? name : `${name} #${i}`, pid]));
}

/** Sums the CPU seconds of a tree's members (`name #n`) into its root's name. */
export function foldProcessTrees(cpu: Record<string, number>): Record<string, number> {
  const folded: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(cpu)) {
    const root = name.replace(/ #\d+$/, "");
    folded[root] = (folded[root] ?? 0) + seconds;
  }
  return folded;
}
