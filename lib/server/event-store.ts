/**
 * The app's event store: the DynamoDB adapter on the configured table, with the student upcasters registered.
 * One instance per server process (kept on globalThis so development hot reloads do not multiply clients).
 */
import "server-only";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { config } from "@/lib/config";
import { studentUpcasters } from "@/lib/domain/upcasters";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import type { EventStore } from "@/lib/event-store/types";
import { createUpcasterRegistry, type UpcasterRegistry } from "@/lib/event-store/upcasting";

interface AppEventStore {
  client: DynamoDBClient;
  store: EventStore;
  /** The same table read without upcasters: events exactly as stored (for the versioning step). */
  tableName: string;
}

const holder = globalThis as typeof globalThis & { ledgerlineEventStore?: AppEventStore };

/** The registered upcasters, built once: the store reads with them, the projector decodes stream records with them. */
export const appUpcasters: UpcasterRegistry = createUpcasterRegistry(studentUpcasters);

function create(): AppEventStore {
  const { dynamo } = config();
  const client = createDynamoClient(dynamo);
  return {
    client,
    tableName: dynamo.tableName,
    store: createDynamoEventStore({ client, tableName: dynamo.tableName, upcasters: appUpcasters }),
  };
}

export function appEventStore(): AppEventStore {
  holder.ledgerlineEventStore ??= create();
  return holder.ledgerlineEventStore;
}

export function eventStore(): EventStore {
  return appEventStore().store;
}

/** After the table was deleted and recreated (demo reset): new store objects, so no memory of old commits survives. */
export function resetEventStore(): void {
  holder.ledgerlineEventStore?.client.destroy();
  holder.ledgerlineEventStore = undefined;
}
