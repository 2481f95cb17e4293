/**
 * The events table, defined in code and created when missing (idempotent). See docs/event-store.md for the
 * item design: one item per commit, keyed by stream and the commit's first revision.
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ScanCommand,
  UpdateItemCommand,
  UpdateTableCommand,
  type AttributeValue,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
  waitUntilTableNotExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { scopeOfStream } from "@/lib/event-store/scope";

export const FEED_INDEX = "feed";
/** One feed per scope (a sandbox's streams): partition `scope`, the same time-ordered key as the whole feed. */
export const SCOPE_FEED_INDEX = "scope-feed";

const scopeFeedIndex = {
  IndexName: SCOPE_FEED_INDEX,
  KeySchema: [
    { AttributeName: "scope", KeyType: "HASH" as const },
    { AttributeName: "feedKey", KeyType: "RANGE" as const },
  ],
  Projection: { ProjectionType: "ALL" as const },
};

export function eventsTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "N" },
      { AttributeName: "feed", AttributeType: "S" },
      { AttributeName: "feedKey", AttributeType: "S" },
      { AttributeName: "scope", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: FEED_INDEX,
        KeySchema: [
          { AttributeName: "feed", KeyType: "HASH" },
          { AttributeName: "feedKey", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
      scopeFeedIndex,
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
  };
}

/** Creates the table when it does not exist and waits until it is active. Returns true when it created it. */
export async function ensureEventsTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (!Table?.GlobalSecondaryIndexes?.some((index) => index.IndexName === SCOPE_FEED_INDEX))
      await addScopeFeedIndex(client, tableName);
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  let created = true;
  try {
    await client.send(new CreateTableCommand(eventsTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    created = false; // another process created it first
  }
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  return created;
}

/**
 * A table made before scopes existed: adds the scope feed index, waits until it is active, then writes the
 * `scope` attribute on every commit item that lacks it (index metadata only: events are never rewritten).
 */
async function addScopeFeedIndex(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: "scope", AttributeType: "S" },
          { AttributeName: "feedKey", AttributeType: "S" },
        ],
        GlobalSecondaryIndexUpdates: [{ Create: scopeFeedIndex }],
      }),
    );
  } catch (error) {
    // Another process is adding it at the same time.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let waited = 0; ; waited += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const index = Table?.GlobalSecondaryIndexes?.find((i) => i.IndexName === SCOPE_FEED_INDEX);
    if (index?.IndexStatus === "ACTIVE") break;
    if (waited > 300) throw new Error(`the ${SCOPE_FEED_INDEX} index of ${tableName} did not become active`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: "#kind = :commit AND attribute_not_exists(#scope)",
        ExpressionAttributeNames: { "#kind": "kind", "#scope": "scope" },
        ExpressionAttributeValues: { ":commit": { S: "commit" } },
        ProjectionExpression: "pk, sk",
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk: item.pk!, sk: item.sk! },
          UpdateExpression: "SET #scope = :scope",
          ExpressionAttributeNames: { "#scope": "scope" },
          ExpressionAttributeValues: { ":scope": { S: scopeOfStream(item.pk?.S ?? "") } },
        }),
      );
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/**
 * Deletes the table and every event in it (the demo's reset), waiting until it is gone. Every store object
 * that used it must be dropped too: they remember which revisions end a commit (see docs/event-store.md).
 */
export async function deleteEventsTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return;
    throw error;
  }
  await waitUntilTableNotExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
}
