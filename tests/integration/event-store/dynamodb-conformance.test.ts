import { randomUUID } from "node:crypto";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll } from "vitest";
import { config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { describeEventStoreConformance } from "@/tests/support/event-store-conformance";

const client = createDynamoClient(config().dynamo);
const tableName = `conformance-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await ensureEventsTable(client, tableName);
});

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  client.destroy();
});

describeEventStoreConformance(
  "DynamoDB",
  (options) => createDynamoEventStore({ client, tableName, ...options }),
  () => createDynamoEventStore({ client, tableName }),
);
