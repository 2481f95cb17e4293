/**
 * Helpers for the server processes this project starts: keep the tail of their output for error messages,
 * and stop them gracefully (SIGTERM, then SIGKILL) when the process that started them is done.
 */
import "server-only";
import type { ChildProcess } from "node:child_process";

const TAIL_LINES = 15;

/** Drains the child's output (so it never blocks on a full pipe) and remembers its last lines. */
export function captureOutput(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => lines.join(" | ");
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export async function stopChild(child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  await exited;
  clearTimeout(timer);
}

const owned = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Servers are started in their own process group so that Ctrl-C in the terminal reaches only us and we stop
 * them in order. The price: if we die without cleaning up they keep running. This last-chance hook covers
 * exits through uncaught errors; a SIGKILL leaves them running, and the next start reuses them.
 */
export function ownChild(child: ChildProcess): void {
  owned.add(child);
  child.once("exit", () => owned.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => owned.forEach((c) => hasExited(c) || c.kill("SIGTERM")));
}
