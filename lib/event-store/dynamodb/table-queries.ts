/** Every DynamoDB request the event store makes. Reads of the base table are strongly consistent. */
import {
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  type DynamoDBClient,
  type QueryCommandInput,
} from "@aws-sdk/client-dynamodb";
import { FEED_INDEX, SCOPE_FEED_INDEX } from "@/lib/event-store/dynamodb/events-table";
import { IDEMPOTENCY_WINDOW_COMMITS } from "@/lib/event-store/validation";
import {
  decodeItem,
  FEED_PARTITION,
  type CommitItem,
  type Item,
  type StoredItem,
} from "@/lib/event-store/dynamodb/items";

export interface StreamHead {
  exists: boolean;
  revision: number;
  closed: boolean;
  lastEventAt: string;
  /** Newest first: as many as the read asked for (the idempotency window for appends). */
  recentCommits: CommitItem[];
}

/**
 * Items per Scan page. Smaller than DynamoDB's 1 MB default (≈3,000 commits) so the first pages arrive early
 * and a rebuild folds and writes them while the rest is still being read.
 */
const SCAN_PAGE_ITEMS = 1000;

const NO_HEAD: StreamHead = { exists: false, revision: 0, closed: false, lastEventAt: "", recentCommits: [] };

function headFrom(items: Item[], maxCommits = Infinity): StreamHead {
  const decoded = items.map(decodeItem);
  const commits = decoded.filter((i): i is CommitItem => i?.kind === "commit").slice(0, maxCommits);
  const first = decoded[0];
  if (first?.kind === "closed") {
    return {
      exists: true,
      revision: first.lastRevision,
      closed: true,
      lastEventAt: first.lastEventAt,
      recentCommits: commits,
    };
  }
  const newest = commits[0];
  if (!newest) return NO_HEAD;
  return {
    exists: true,
    revision: newest.lastRevision,
    closed: false,
    lastEventAt: newest.recordedAt,
    recentCommits: commits,
  };
}

export function createTableQueries(client: DynamoDBClient, tableName: string) {
  const query = async (input: Omit<QueryCommandInput, "TableName">) => {
    const output = await client.send(new QueryCommand({ TableName: tableName, ...input }));
    return { items: output.Items ?? [], lastKey: output.LastEvaluatedKey };
  };
  const streamRange = (streamId: string, condition: string, values: Record<string, number>) => ({
    ConsistentRead: true,
    KeyConditionExpression: `pk = :pk AND ${condition}`,
    ExpressionAttributeValues: {
      ":pk": { S: streamId },
      ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { N: String(v) }])),
    },
  });

  return {
    async putIfAbsent(item: Item): Promise<void> {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: item,
          ConditionExpression: "attribute_not_exists(pk)",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      );
    },

    async put(item: Item): Promise<void> {
      await client.send(new PutItemCommand({ TableName: tableName, Item: item }));
    },

    async getItem(streamId: string, sk: number): Promise<Item | undefined> {
      const output = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: { pk: { S: streamId }, sk: { N: String(sk) } },
          ConsistentRead: true,
        }),
      );
      return output.Item;
    },

    /** The stream's newest items: its closed marker if any, then its latest `commits` commits. */
    async readHead(streamId: string, commits = 1): Promise<StreamHead> {
      const { items } = await query({
        ...streamRange(streamId, "sk > :zero", { ":zero": 0 }),
        ScanIndexForward: false,
        Limit: commits + 1,
      });
      return headFrom(items, commits);
    },

    /**
     * Newest first, the items at keys 1..sk: the item at sk if any, then enough commits for a whole idempotency
     * window (an exact append's one read, with sk = expected revision + 1).
     */
    async readWindowAtOrBefore(streamId: string, sk: number): Promise<StoredItem[]> {
      const range = streamRange(streamId, "sk BETWEEN :one AND :sk", { ":one": 1, ":sk": sk });
      const { items } = await query({ ...range, ScanIndexForward: false, Limit: IDEMPOTENCY_WINDOW_COMMITS + 1 });
      return items.map(decodeItem).filter((i): i is StoredItem => i !== undefined);
    },

    /** The item with the greatest key in 1..sk: the commit holding revision sk-1 or sk, or a closed marker. */
    async lastItemAtOrBefore(streamId: string, sk: number): Promise<Item | undefined> {
      const { items } = await query({
        ...streamRange(streamId, "sk BETWEEN :one AND :sk", { ":one": 1, ":sk": sk }),
        ScanIndexForward: false,
        Limit: 1,
      });
      return items[0];
    },

    /**
     * Commits holding at least `minEvents` events from `fromRevision` on (or back), and the stream's head when
     * the read saw it (it reached the end forwards, or started from the end backwards).
     */
    async readCommits(
      streamId: string,
      options: { fromRevision?: number; direction: "forwards" | "backwards"; minEvents: number },
    ) {
      const forwards = options.direction === "forwards";
      const from = options.fromRevision;
      const commits: CommitItem[] = [];
      const seen: Item[] = [];
      let counted = 0;
      let range = forwards
        ? streamRange(streamId, "sk >= :from", { ":from": 1 })
        : streamRange(streamId, "sk > :zero", { ":zero": 0 });
      if (forwards && from !== undefined && from > 1) {
        const holder = decodeItem(await this.lastItemAtOrBefore(streamId, from));
        if (holder?.kind === "commit" && holder.lastRevision >= from) {
          commits.push(holder);
          counted += holder.lastRevision - from + 1;
        }
        range = streamRange(streamId, "sk > :from", { ":from": from });
      } else if (!forwards && from !== undefined) {
        range = streamRange(streamId, "sk BETWEEN :one AND :from", { ":one": 1, ":from": from });
      }
      let startKey: Item | undefined;
      let reachedEnd = false;
      while (counted < options.minEvents) {
        const page = await query({
          ...range,
          ScanIndexForward: forwards,
          Limit: options.minEvents,
          ExclusiveStartKey: startKey,
        });
        for (const item of page.items) {
          seen.push(item);
          const decoded = decodeItem(item);
          if (decoded?.kind !== "commit") continue;
          commits.push(decoded);
          counted += decoded.events.length;
        }
        startKey = page.lastKey;
        if (!startKey) {
          reachedEnd = true;
          break;
        }
      }
      let head: StreamHead | undefined;
      if (forwards && reachedEnd && seen.length > 0) head = headFrom([...seen].reverse());
      if (!forwards && from === undefined) head = headFrom(seen);
      return { commits, head };
    },

    /** One page of the all-events feed, or of one scope's (eventually consistent, as every GSI read is). */
    async readFeedPage(options: { scope?: string; from?: string; forwards: boolean; limit: number; startKey?: Item }) {
      const range =
        options.from === undefined ? "" : options.forwards ? " AND feedKey > :from" : " AND feedKey < :from";
      const byScope = options.scope !== undefined;
      const page = await query({
        IndexName: byScope ? SCOPE_FEED_INDEX : FEED_INDEX,
        KeyConditionExpression: `${byScope ? "#scope" : "feed"} = :feed${range}`,
        ...(byScope ? { ExpressionAttributeNames: { "#scope": "scope" } } : {}),
        ExpressionAttributeValues: {
          ":feed": { S: options.scope ?? FEED_PARTITION },
          ...(options.from === undefined ? {} : { ":from": { S: options.from } }),
        },
        ScanIndexForward: options.forwards,
        Limit: options.limit,
        ExclusiveStartKey: options.startKey,
      });
      const commits = page.items.map(decodeItem).filter((i): i is CommitItem => i?.kind === "commit");
      return { commits, lastKey: page.lastKey };
    },

    /**
     * The whole table by parallel Scan segments (strongly consistent), commit items only, yielded page by
     * page as the segments deliver them (the segments do not wait for the consumer: memory holds the table).
     */
    async *scanCommits(segments: number): AsyncGenerator<CommitItem[]> {
      const pages: CommitItem[][] = [];
      let wake: (() => void) | undefined;
      let running = segments;
      let failure: unknown;
      const push = (page: CommitItem[]) => {
        pages.push(page);
        wake?.();
      };
      for (let segment = 0; segment < segments; segment += 1) {
        void (async () => {
          let startKey: Item | undefined;
          do {
            const output = await client.send(
              new ScanCommand({
                TableName: tableName,
                Segment: segment,
                TotalSegments: segments,
                ConsistentRead: true,
                ExclusiveStartKey: startKey,
                Limit: SCAN_PAGE_ITEMS,
              }),
            );
            push((output.Items ?? []).map(decodeItem).filter((i): i is CommitItem => i?.kind === "commit"));
            startKey = output.LastEvaluatedKey;
          } while (startKey);
        })()
          .catch((error: unknown) => {
            failure ??= error;
          })
          .finally(() => {
            running -= 1;
            wake?.();
          });
      }
      while (running > 0 || pages.length > 0) {
        if (failure) throw failure;
        const page = pages.shift();
        if (page) yield page;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      if (failure) throw failure;
    },

    async latestSnapshotItem(streamId: string): Promise<Item | undefined> {
      const { items } = await query({
        ...streamRange(streamId, "sk < :zero", { ":zero": 0 }),
        ScanIndexForward: true,
        Limit: 1,
      });
      return items[0];
    },
  };
}
