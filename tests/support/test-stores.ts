/**
 * One call gives a test file the stores it needs: the test DynamoDB Local and MariaDB, with an events table of
 * its own. The app is built from those settings in memory (process.env stays as it is) and installed as the
 * process's app; the table is created before the file's tests and deleted after them, and every client closed.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { parseConfig, useConfig } from "@/lib/config";
import { deleteEventsTable, ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { app, closeApp, createApp, useApp, type App } from "@/lib/server/app";

/** `env` adds settings of the file's own (an INSTRUCTOR_SECRET, say). */
export function useTestStores(prefix: string, env: Record<string, string> = {}): App {
  const settings = parseConfig({ ...process.env, ...env, EVENTS_TABLE: `${prefix}-${randomUUID().slice(0, 8)}` });
  // Request-scoped code (the instructor's cookie check) still reads the settings through config().
  useConfig(settings);
  const built = useApp(createApp(settings));
  beforeAll(async () => {
    await ensureEventsTable(built.dynamo, built.tableName);
  });
  afterAll(async () => {
    // app(), not `built`: a test that reset the demo data renewed the store objects.
    await deleteEventsTable(app().dynamo, app().tableName);
    await closeApp();
  });
  return built;
}
