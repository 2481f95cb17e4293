import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

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
