/**
 * One call gives a test file the stores it needs: the test DynamoDB Local and MariaDB, with an events table of
 * its own. The settings are built and installed in memory (process.env stays as it is); the table is created
 * before the file's tests and deleted after them, and every client made meanwhile is closed.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { parseConfig, useConfig, type Config } from "@/lib/config";
import { deleteEventsTable, ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { closeReadModel } from "@/lib/read-model/client";
import { appEventStore, resetEventStore } from "@/lib/server/event-store";

export function useTestStores(prefix: string): Config {
  const settings = parseConfig({ ...process.env, EVENTS_TABLE: `${prefix}-${randomUUID().slice(0, 8)}` });
  useConfig(settings);
  resetEventStore();
  beforeAll(async () => {
    const { client, tableName } = appEventStore();
    await ensureEventsTable(client, tableName);
  });
  afterAll(async () => {
    const { client, tableName } = appEventStore();
    await deleteEventsTable(client, tableName);
    resetEventStore();
    await closeReadModel();
  });
  return settings;
}
