/**
 * CPU seconds a piece of work cost each process involved: this one (Node, all its threads), the servers the
 * bench started (read from Linux's /proc) and the cores nobody used (idle). On a small machine a comparison
 * can be bound by CPU rather than by waiting; these figures show which process has the cores. Where /proc is
 * missing (not Linux), only Node's own figure is reported.
 */
import { readFileSync } from "node:fs";

export type CpuSeconds = Record<string, number>;

/** Linux reports process and system times in USER_HZ ticks, 100 per second on every platform it runs on. */
const TICKS_PER_SECOND = 100;

function processTicks(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, hence the split at ") "): utime and stime are 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

function idleTicks(): number | undefined {
  try {
    // "cpu  user nice system idle iowait ...": idle and iowait summed over all cores.
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    return fields[3]! + fields[4]!;
  } catch {
    return undefined;
  }
}

/** Runs `work` and reports its result with the CPU seconds each process (by name) and idle cores spent meanwhile. */
export async function withCpuSeconds<T>(
  servers: Record<string, number | undefined>,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: CpuSeconds }> {
  const serversBefore = Object.entries(servers).map(([name, pid]) => ({
    name,
    pid,
    ticks: pid === undefined ? undefined : processTicks(pid),
  }));
  const idleBefore = idleTicks();
  const nodeBefore = process.cpuUsage();
  const result = await work();
  const node = process.cpuUsage(nodeBefore);
  const cpu: CpuSeconds = {};
  for (const { name, pid, ticks } of serversBefore) {
    const after = pid === undefined ? undefined : processTicks(pid);
    if (ticks !== undefined && after !== undefined) cpu[name] = (after - ticks) / TICKS_PER_SECOND;
  }
  cpu.Node = (node.user + node.system) / 1e6;
  const idleAfter = idleTicks();
  if (idleBefore !== undefined && idleAfter !== undefined) cpu.idle = (idleAfter - idleBefore) / TICKS_PER_SECOND;
  return { result, cpu };
}

export function formatCpuSeconds(cpu: CpuSeconds): string {
  return Object.entries(cpu)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(2)}`)
    .join(" · ");
}
