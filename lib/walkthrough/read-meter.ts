/**
 * Step 7's meter: an event store on its own DynamoDB client whose every response is counted on the way back
 * (requests, items, bytes, read units as AWS bills a strongly consistent read), so the page shows what each
 * load really read rather than an estimate. Counts are kept per call (AsyncLocalStorage), so two requests
 * measuring at once never mix their numbers.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { AttributeValue, ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import type { Config } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import type { EventStore } from "@/lib/event-store/types";
import type { UpcasterRegistry } from "@/lib/event-store/upcasting";
import { consistentReadUnits, itemBytes } from "@/lib/walkthrough/item-size";

export interface ReadCount {
  requests: number;
  items: number;
  bytes: number;
  /** Computed by AWS's rule from the bytes of each GetItem or Query page. */
  readUnits: number;
  /** What the server itself reported (ReturnConsumedCapacity), when it reports it. */
  reportedUnits: number | undefined;
}

export interface ReadMeter {
  store: EventStore;
  count<T>(run: (store: EventStore) => Promise<T>): Promise<{ result: T; reads: ReadCount }>;
  close(): void;
}

type Output = {
  Items?: Record<string, AttributeValue>[];
  Item?: Record<string, AttributeValue>;
  ConsumedCapacity?: ConsumedCapacity;
};

export function createReadMeter(settings: Config["dynamo"], upcasters: UpcasterRegistry): ReadMeter {
  const { tableName } = settings;
  const current = new AsyncLocalStorage<ReadCount>();
  const client = createDynamoClient(settings);
  client.middlewareStack.add(
    (next) => async (args) => {
      const counter = current.getStore();
      if (counter) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = "TOTAL";
      const result = await next(args);
      if (counter) {
        const output = result.output as Output;
        const items = output.Items ?? (output.Item ? [output.Item] : []);
        const bytes = items.reduce((sum, item) => sum + itemBytes(item), 0);
        counter.requests += 1;
        counter.items += items.length;
        counter.bytes += bytes;
        counter.readUnits += consistentReadUnits(bytes);
        const reported = output.ConsumedCapacity?.CapacityUnits;
        if (reported !== undefined) counter.reportedUnits = (counter.reportedUnits ?? 0) + reported;
      }
      return result;
    },
    { step: "initialize", name: "walkthroughReadMeter" },
  );
  const store = createDynamoEventStore({ client, tableName, upcasters });
  return {
    store,
    async count(run) {
      const reads: ReadCount = { requests: 0, items: 0, bytes: 0, readUnits: 0, reportedUnits: undefined };
      const result = await current.run(reads, () => run(store));
      return { result, reads };
    },
    close: () => client.destroy(),
  };
}
