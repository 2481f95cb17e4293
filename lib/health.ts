/**
 * The health of both stores, for the home page and /api/health. Every check gives up after a short timeout,
 * so a server that is down or silent makes the report say so within about two seconds instead of hanging.
 */
import "server-only";
import { DescribeTableCommand, ResourceNotFoundException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { config as processConfig, type Config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { readModelStatus } from "@/lib/read-model/status";
import { withTimeout } from "@/lib/with-timeout";

export const CHECK_TIMEOUT_MS = 2_000;

/** up: reachable and ready for the app; not-ready: answers, but the table or migrations are missing. */
export type StoreState = "up" | "not-ready" | "down";

export interface EventStoreHealth {
  state: StoreState;
  kind: "DynamoDB Local" | "AWS DynamoDB";
  endpoint: string;
  region: string;
  table: string;
  /** ACTIVE, CREATING, …, "missing", or undefined when DynamoDB could not be asked. */
  tableStatus: string | undefined;
  error: string | undefined;
}

export interface ReadModelHealth {
  state: StoreState;
  host: string;
  port: number;
  database: string;
  appliedMigrations: number | undefined;
  expectedMigrations: number;
  error: string | undefined;
}

export interface HealthReport {
  ok: boolean;
  checkedAt: string;
  eventStore: EventStoreHealth;
  readModel: ReadModelHealth;
}

export async function checkHealth(config: Config = processConfig()): Promise<HealthReport> {
  const [eventStore, readModel] = await Promise.all([checkEventStore(config), checkReadModel(config)]);
  return {
    ok: eventStore.state === "up" && readModel.state === "up",
    checkedAt: new Date().toISOString(),
    eventStore,
    readModel,
  };
}

export function healthHttpStatus(report: HealthReport): 200 | 503 {
  return report.ok ? 200 : 503;
}

async function checkEventStore(config: Config): Promise<EventStoreHealth> {
  const { endpoint, region, tableName } = config.dynamo;
  const base = {
    kind: endpoint === undefined ? ("AWS DynamoDB" as const) : ("DynamoDB Local" as const),
    endpoint: endpoint ?? `dynamodb.${region}.amazonaws.com`,
    region,
    table: tableName,
  };
  try {
    const tableStatus = await withTimeout(
      describeTable(dynamoClient(endpoint, region), tableName),
      CHECK_TIMEOUT_MS,
      "DynamoDB",
    );
    return { ...base, state: tableStatus === "ACTIVE" ? "up" : "not-ready", tableStatus, error: undefined };
  } catch (error) {
    return { ...base, state: "down", tableStatus: undefined, error: describeError(error) };
  }
}

// A read-only status call. DynamoDB calls belong in lib/event-store; this one moves there once the adapter
// exposes a status query.
async function describeTable(client: DynamoDBClient, tableName: string): Promise<string> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }), {
      abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    return Table?.TableStatus ?? "UNKNOWN";
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return "missing";
    throw error;
  }
}

const clients = new Map<string, DynamoDBClient>();

function dynamoClient(endpoint: string | undefined, region: string): DynamoDBClient {
  const key = `${endpoint ?? "aws"}|${region}`;
  let client = clients.get(key);
  if (!client) {
    client = createDynamoClient({ endpoint, region });
    clients.set(key, client);
  }
  return client;
}

async function checkReadModel(config: Config): Promise<ReadModelHealth> {
  const { host, port, database } = config.mysql;
  const status = await readModelStatus(config.mysql, CHECK_TIMEOUT_MS);
  const state: StoreState = !status.reachable
    ? "down"
    : status.appliedMigrations === status.expectedMigrations
      ? "up"
      : "not-ready";
  return {
    state,
    host,
    port,
    database,
    appliedMigrations: status.appliedMigrations,
    expectedMigrations: status.expectedMigrations,
    error: status.error,
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
