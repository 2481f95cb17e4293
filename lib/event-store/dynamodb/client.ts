import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";

export interface DynamoSettings {
  /** undefined: real AWS, with credentials and region from the SDK's usual sources. */
  endpoint: string | undefined;
  region: string;
}

/** A DynamoDB client for DynamoDB Local (any credentials do) or, with no endpoint, real AWS. */
export function createDynamoClient({ endpoint, region }: DynamoSettings): DynamoDBClient {
  if (endpoint === undefined) return new DynamoDBClient({ region });
  return new DynamoDBClient({
    region,
    endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 3,
  });
}

/** A DynamoDB Streams client with the same settings (the projector reads the events table's stream). */
export function createDynamoStreamsClient({ endpoint, region }: DynamoSettings): DynamoDBStreamsClient {
  if (endpoint === undefined) return new DynamoDBStreamsClient({ region });
  return new DynamoDBStreamsClient({ region, endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 3 });
}
