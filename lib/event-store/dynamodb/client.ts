import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";

export interface DynamoSettings {
  /** undefined: real AWS, with credentials and region from the SDK's usual sources. */
  endpoint: string | undefined;
  region: string;
}

/**
 * Logs nothing, like the SDK's default logger, but has no `info`: the SDK's logger middleware calls
 * `logger.info?.(...)` with a copy of every response passed through its sensitive-data filter, and the default
 * logger's empty `info` made it build that copy anyway. On Scan and GetRecords pages that walk was the
 * largest single cost of the client's CPU (profiled on a rebuild: ≈850 ms of ≈5 s).
 */
const quietLogger = { debug() {}, warn() {}, error() {} } as unknown as NonNullable<DynamoDBClientConfig["logger"]>;

/** A DynamoDB client for DynamoDB Local (any credentials do) or, with no endpoint, real AWS. */
export function createDynamoClient({ endpoint, region }: DynamoSettings): DynamoDBClient {
  if (endpoint === undefined) return new DynamoDBClient({ region, logger: quietLogger });
  return new DynamoDBClient({
    region,
    logger: quietLogger,
    endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 3,
  });
}

/** A DynamoDB Streams client with the same settings (the projector reads the events table's stream). */
export function createDynamoStreamsClient({ endpoint, region }: DynamoSettings): DynamoDBStreamsClient {
  if (endpoint === undefined) return new DynamoDBStreamsClient({ region, logger: quietLogger });
  return new DynamoDBStreamsClient({
    region,
    endpoint,
    logger: quietLogger,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 3,
  });
}
