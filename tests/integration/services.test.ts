import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  GetItemCommand,
  PutItemCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { randomUUID } from "node:crypto";
import type { RowDataPacket } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { EXPECTED_MIGRATIONS } from "@/lib/read-model/status";
import { TEST_ENV } from "@/tests/support/test-env";
import { app, closeApp } from "@/lib/server/app";

const settings = config();

describe("the test services", () => {
  it("are the test instances, not a dev instance", () => {
    expect(settings.dynamo.endpoint).toBe(TEST_ENV.DYNAMODB_ENDPOINT);
    expect(settings.mysql.port).toBe(3407);
  });
});

describe("DynamoDB Local", () => {
  const client = createDynamoClient({ endpoint: settings.dynamo.endpoint, region: settings.dynamo.region });
  const scratchTable = `ledgerline-services-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    await client.send(
      new CreateTableCommand({
        TableName: scratchTable,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      }),
    );
    await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: scratchTable });
  });

  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: scratchTable }));
    client.destroy();
  });

  it("has the events table, active, after global set-up", async () => {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: settings.dynamo.tableName }));
    expect(Table?.TableStatus).toBe("ACTIVE");
    expect(Table?.StreamSpecification?.StreamEnabled).toBe(true);
  });

  it("reads back an item it was given", async () => {
    const pk = `item-${randomUUID()}`;
    await client.send(
      new PutItemCommand({ TableName: scratchTable, Item: { pk: { S: pk }, note: { S: "Zoë 📘" }, n: { N: "42" } } }),
    );
    const { Item } = await client.send(
      new GetItemCommand({ TableName: scratchTable, Key: { pk: { S: pk } }, ConsistentRead: true }),
    );
    expect(Item).toEqual({ pk: { S: pk }, note: { S: "Zoë 📘" }, n: { N: "42" } });
  });
});

describe("the MySQL read model", () => {
  afterAll(async () => {
    await closeApp();
  });

  it("is migrated to the latest migration in drizzle/", async () => {
    const { pool } = app().readModel;
    const [rows] = await pool.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM __drizzle_migrations");
    expect(Number(rows[0]?.n)).toBe(EXPECTED_MIGRATIONS);
  });

  it("stores and returns a student row, accents and emoji included (utf8mb4)", async () => {
    const { pool } = app().readModel;
    const id = `services-test-${randomUUID()}`;
    await pool.query(
      `INSERT INTO students (id, full_name, email, date_of_birth, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [id, "Zoë Ångström 📘", "zoe@example.org", "2001-02-03", 1, "2026-01-02 03:04:05.678", "2026-01-02 03:04:05.678"],
    );
    try {
      const [rows] = await pool.query<RowDataPacket[]>(
        "SELECT full_name, email, date_of_birth, enrolment_count, revision, updated_at FROM students WHERE id = ?",
        [id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.full_name).toBe("Zoë Ångström 📘");
      expect(rows[0]?.date_of_birth).toBe("2001-02-03");
      expect(rows[0]?.enrolment_count).toBe(0);
      expect((rows[0]?.updated_at as Date).toISOString()).toBe("2026-01-02T03:04:05.678Z");
    } finally {
      await pool.query("DELETE FROM students WHERE id = ?", [id]);
    }
  });
});
