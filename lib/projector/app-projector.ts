/** The projector wired to the configured stores: the composition `npm run projector` and the tests use. */
import "server-only";
import { config } from "@/lib/config";
import { createDynamoStreamsClient } from "@/lib/event-store/dynamodb/client";
import { shardPositions } from "@/lib/read-model/projector-queries";
import { appEventStore, appUpcasters } from "@/lib/server/event-store";
import { createDynamoStreamSource } from "@/lib/projector/dynamodb-stream-source";
import { createProjector, type ProjectorOptions } from "@/lib/projector/projector";
import { commitsFromRecords } from "@/lib/projector/stream-records";

export function createAppProjector(
  log: (line: string) => void = console.log,
  options: Pick<ProjectorOptions, "apply" | "idleMs"> = {},
) {
  const { client, store, tableName } = appEventStore();
  const streams = createDynamoStreamsClient(config().dynamo);
  const source = createDynamoStreamSource({
    dynamo: client,
    streams,
    tableName,
    positions: shardPositions,
    events: {
      onTrimmed: (shardId) =>
        log(
          `projector: records of shard ${shardId} were trimmed before they were read; run \`npm run rebuild\` to be sure nothing is missing`,
        ),
    },
  });
  const projector = createProjector({
    source,
    store,
    toCommits: (batch) => commitsFromRecords(batch.records, appUpcasters),
    log,
    ...options,
  });
  return { projector, close: () => streams.destroy() };
}
