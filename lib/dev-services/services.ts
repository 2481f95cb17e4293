/**
 * Starts the stores the configuration points at when they are local and not yet running, and stops, later,
 * only what it started. Remote stores (real AWS, a MySQL server elsewhere) are used as they are.
 */
import "server-only";
import type { Config } from "@/lib/config";
import { startDynamoDbLocal } from "@/lib/dev-services/dynamodb-local";
import { startMariaDb } from "@/lib/dev-services/mariadb";
import type { RunningService } from "@/lib/dev-services/running-service";

export interface StartOptions {
  /** Start local services from empty data folders (only when they are not already running). */
  fresh?: boolean;
  log?: (line: string) => void;
}

export interface Services {
  /** Names of the services this call started (and `stop` will stop). */
  started: string[];
  /** Process ids of the services this call started, by name. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

export async function startServices(config: Config, options: StartOptions = {}): Promise<Services> {
  const { log = console.log, fresh = false } = options;
  const running: RunningService[] = [];
  const stop = async () => {
    // Reverse order, and one at a time: each stop waits for its process to exit.
    for (const service of running.splice(0).reverse()) await service.stop();
  };
  const { dynamo, mysql } = config;
  const starting: Promise<RunningService>[] = [];
  if (dynamo.isLocal && dynamo.endpoint) {
    starting.push(startDynamoDbLocal({ endpoint: dynamo.endpoint, dataDir: dynamo.dataDir, fresh, log }));
  } else {
    log(`DynamoDB: using ${dynamo.endpoint ?? `AWS (${dynamo.region})`}, nothing started`);
  }
  if (mysql.isLocal) {
    starting.push(startMariaDb(mysql, { fresh, log }));
  } else {
    log(`MySQL: using ${mysql.host}:${mysql.port}, nothing started`);
  }
  // Both at once: the JVM's start-up is the slow part, and MariaDB is ready within it.
  const results = await Promise.allSettled(starting);
  for (const result of results) if (result.status === "fulfilled") running.push(result.value);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const startedHere = running.filter((s) => s.startedHere);
  return {
    started: startedHere.map((s) => s.name),
    pids: Object.fromEntries(startedHere.flatMap((s) => (s.pid ? [[s.name, s.pid]] : []))),
    stop,
  };
}
