/**
 * The composition root: every long-lived part of the server is built here, once per process, and passed to what
 * uses it. Pages, route handlers, server actions and scripts call app(); nothing under lib/ fetches a store,
 * a pool or the configuration on its own (docs/architecture.md).
 */
import "server-only";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { config, type Config } from "@/lib/config";
import { studentUpcasters } from "@/lib/domain/upcasters";
import { createDynamoClient, createDynamoStreamsClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import type { EventStore } from "@/lib/event-store/types";
import { createUpcasterRegistry, type UpcasterRegistry } from "@/lib/event-store/upcasting";
import { resetDemoData } from "@/lib/instructor/reset-demo";
import { createDynamoStreamSource } from "@/lib/projector/dynamodb-stream-source";
import { createInlineProjection, type InlineProjection } from "@/lib/projector/inline-projection";
import { createProjector, type ProjectorOptions } from "@/lib/projector/projector";
import { commitsFromRecords } from "@/lib/projector/stream-records";
import { createReadModel, type ReadModel } from "@/lib/read-model/client";
import { createSeatMemory, type SeatMemory } from "@/lib/students/course-seats";
import { createKeyedQueue, type KeyedQueue } from "@/lib/students/keyed-queue";
import { createReadMeter, type ReadMeter } from "@/lib/walkthrough/read-meter";
import { shardPositionStore } from "@/lib/read-model/projector-queries";

export interface App {
  settings: Config;
  /** The registered upcasters, built once: the store reads with them, the projector decodes stream records with them. */
  upcasters: UpcasterRegistry;
  dynamo: DynamoDBClient;
  tableName: string;
  store: EventStore;
  readModel: ReadModel;
  /** Projects just-appended events when INLINE_PROJECTION is on; never throws. */
  projectInline: InlineProjection;
  /** The same table on a client of its own whose every response is counted (the walkthrough's step 7). */
  readMeter: ReadMeter;
  /** This process's enrolments, one at a time per course (lib/students/keyed-queue.ts). */
  courseQueue: KeyedQueue;
  /** What this process last folded of each course's seats (lib/students/course-seats.ts). */
  seatMemory: SeatMemory;
}

/** What page loaders read: the event store and the read model. */
export type Stores = Pick<App, "store" | "readModel">;

/** The same, seen from one sandbox (the viewer's: lib/classroom/viewer.ts). */
export type SandboxStores = Stores & { sandbox: string };

const upcasters = createUpcasterRegistry(studentUpcasters);

/** Builds the app's parts from settings; a `readModel` given is shared instead of opening a second pool. */
export function createApp(settings: Config, parts: { readModel?: ReadModel } = {}): App {
  const dynamo = createDynamoClient(settings.dynamo);
  const { tableName } = settings.dynamo;
  const store = createDynamoEventStore({ client: dynamo, tableName, upcasters });
  const readModel = parts.readModel ?? createReadModel(settings.mysql.url);
  const projectInline = createInlineProjection({ store, readModel, enabled: settings.inlineProjection });
  const readMeter = createReadMeter(settings.dynamo, upcasters);
  const [courseQueue, seatMemory] = [createKeyedQueue(), createSeatMemory()];
  return {
    settings,
    upcasters,
    dynamo,
    tableName,
    store,
    readModel,
    projectInline,
    readMeter,
    courseQueue,
    seatMemory,
  };
}

// On globalThis so that development hot reloads reuse the clients instead of leaking connections.
const holder = globalThis as typeof globalThis & { ledgerlineApp?: App };

/** The process's app, built from config() on first use (never at build time: nothing connects until used). */
export function app(): App {
  holder.ledgerlineApp ??= createApp(config());
  return holder.ledgerlineApp;
}

/** Installs an app built elsewhere (a test file's own table, say) as the process's. */
export function useApp(installed: App): App {
  holder.ledgerlineApp = installed;
  return installed;
}

/** After the table was deleted and recreated (demo reset): new store objects, so no memory of old commits survives. */
export function renewEventStore(): void {
  const current = holder.ledgerlineApp;
  if (!current) return;
  current.dynamo.destroy();
  current.readMeter.close();
  holder.ledgerlineApp = createApp(current.settings, { readModel: current.readModel });
}

/** The instructor's reset of the demo data, then new store objects for the new table. */
export async function resetDemo(): Promise<void> {
  await resetDemoData(app());
  renewEventStore();
}

/** Closes every client (scripts and tests call this so the process can exit). */
export async function closeApp(): Promise<void> {
  const current = holder.ledgerlineApp;
  holder.ledgerlineApp = undefined;
  current?.dynamo.destroy();
  current?.readMeter.close();
  await current?.readModel.close();
}

/** The projector on the app's stores: the composition `npm run projector` and the tests use. */
export function createAppProjector(
  parts: App,
  log: (line: string) => void = console.log,
  options: Pick<ProjectorOptions, "apply" | "idleMs"> = {},
) {
  const streams = createDynamoStreamsClient(parts.settings.dynamo);
  const source = createDynamoStreamSource({
    dynamo: parts.dynamo,
    streams,
    tableName: parts.tableName,
    positions: shardPositionStore(parts.readModel),
    events: {
      onTrimmed: (shardId) =>
        log(
          `projector: records of shard ${shardId} were trimmed before they were read; run \`npm run rebuild\` to be sure nothing is missing`,
        ),
    },
  });
  const projector = createProjector({
    source,
    store: parts.store,
    readModel: parts.readModel,
    toCommits: (batch) => commitsFromRecords(batch.records, parts.upcasters),
    log,
    ...options,
  });
  return { projector, close: () => streams.destroy() };
}
