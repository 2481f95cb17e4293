/**
 * Tells what answers on a port without credentials: nothing, DynamoDB, MySQL, or something else. Used to reuse
 * a service that is already running and to refuse a port taken by another program.
 */
import "server-only";
import net from "node:net";

export type PortAnswer = "closed" | "dynamodb" | "mysql" | "other";

const PROBE_TIMEOUT_MS = 1_500;

/** DynamoDB (Local or AWS) answers an unsigned ListTables with a JSON error typed com.amazonaws.dynamodb.*. */
export async function probeDynamo(endpoint: string): Promise<PortAnswer> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "DynamoDB_20120810.ListTables" },
      body: "{}",
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = await response.text();
    return body.includes("com.amazonaws.dynamodb") ? "dynamodb" : "other";
  } catch (error) {
    return isRefused(error) ? "closed" : "other";
  }
}

/** A MySQL or MariaDB server speaks first: a handshake packet whose first payload byte is protocol 10. */
export function probeMysql(host: string, port: number): Promise<PortAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: PortAnswer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done("other"));
    socket.once("error", (error) => done(isRefused(error) ? "closed" : "other"));
    socket.once("data", (chunk: Buffer) => done(chunk.length > 5 && chunk[4] === 10 ? "mysql" : "other"));
  });
}

/** Whether anything accepts TCP connections on the port. */
export function probePort(host: string, port: number): Promise<"closed" | "other"> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: "closed" | "other") => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done("other"));
    socket.once("connect", () => done("other"));
    socket.once("error", (error) => done(isRefused(error) ? "closed" : "other"));
  });
}

function isRefused(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } } | undefined)?.code;
  const causeCode = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code === "ECONNREFUSED" || causeCode === "ECONNREFUSED";
}

/** Polls `check` until it returns true, the deadline passes (throws), or `abort` says to give up. */
export async function waitUntil(
  check: () => Promise<boolean>,
  { timeoutMs, what, abort }: { timeoutMs: number; what: string; abort?: () => Error | undefined },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stop = abort?.();
    if (stop) throw stop;
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
