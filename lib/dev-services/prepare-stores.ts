/**
 * Makes both stores ready for the app: the events table exists and is active (and, once, its seat events from
 * before tags are indexed by tag), and the read model's schema is migrated to the latest migration in drizzle/.
 * Idempotent; run on every start.
 */
import "server-only";
import type { Config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { backfillTags } from "@/lib/event-store/dynamodb/tag-backfill";
import { seatTagsOfStoredEvent } from "@/lib/students/course-seats";
import { migrateReadModel } from "@/lib/read-model/migrate";

export interface PrepareOptions {
  /** Keep retrying for this long while a store is still starting (containers). 0: try once. */
  waitMs?: number;
  log?: (line: string) => void;
}

export async function prepareStores(config: Config, { waitMs = 0, log = console.log }: PrepareOptions = {}) {
  const deadline = Date.now() + waitMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareOnce(config, log);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      log(`stores not ready yet (attempt ${attempt}: ${error instanceof Error ? error.message : String(error)})`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

async function prepareOnce(config: Config, log: (line: string) => void): Promise<void> {
  const client = createDynamoClient({ endpoint: config.dynamo.endpoint, region: config.dynamo.region });
  try {
    const created = await ensureEventsTable(client, config.dynamo.tableName);
    log(`events table ${config.dynamo.tableName}: ${created ? "created" : "exists"}`);
    // Once per table: seat events stored before tags existed are indexed under their course's tag.
    const backfill = await backfillTags(client, config.dynamo.tableName, seatTagsOfStoredEvent);
    if (backfill.ran && !created)
      log(
        `events table ${config.dynamo.tableName}: tagged the seat events stored before tags (${backfill.itemsWritten} tag items for ${backfill.tagsFilled} courses)` +
          backfill.skipped.map((s) => `; ${s.tag} was in use already, ${s.events} older events left out`).join(""),
      );
  } finally {
    client.destroy();
  }
  await migrateReadModel(config);
  log(`read model ${config.mysql.database}: migrated`);
}
