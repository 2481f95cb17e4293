/**
 * The EventStore on DynamoDB. One item per commit (all events of one append), keyed by stream and the commit's
 * first revision, written with ONE conditional PutItem: `attribute_not_exists(pk)` makes two writers that
 * expect the same revision collide on the same key, so exactly one wins. What a single put cannot check is
 * that the expected revision N really is the stream's end (a caller passing a wrong, too-high N would leave a
 * gap), nor that the append's event ids are not already in the stream's recent commits (the idempotency
 * window). So before the put the adapter checks both: from memory when it holds the window ending at N
 * (commits are immutable, so that knowledge never goes stale), otherwise with one consistent Query.
 * An append with tags or a condition writes the commit and its tag items in one TransactWriteItems instead.
 * Guarantees, costs and the table design: docs/event-store.md.
 */
import { ConditionalCheckFailedException, type AttributeValue, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  AppendConditionFailedError,
  StreamClosedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from "@/lib/event-store/errors";
import type {
  AppendCondition,
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  ListStreamsOptions,
  ListStreamsResult,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadByTagsOptions,
  ReadByTagsResult,
  ReadStreamOptions,
  ReadStreamResult,
  RecordedEvent,
  Snapshot,
  StreamInfo,
  TagQuery,
} from "@/lib/event-store/types";
import {
  assertValidTagQuery,
  conditionVersions,
  encodePosition,
  matchesTagQuery,
  queryTags,
} from "@/lib/event-store/tags";
import { createUpcasterRegistry, upcastEvent, type UpcasterRegistry } from "@/lib/event-store/upcasting";
import {
  assertValidStreamId,
  clampCount,
  findRepeatedCommit,
  IDEMPOTENCY_WINDOW_COMMITS,
  prepareAppend,
  type PreparedEvent,
} from "@/lib/event-store/validation";
import { createCommitClock } from "@/lib/event-store/dynamodb/commit-clock";
import {
  closedToItem,
  commitEvents,
  commitToItem,
  decodeItem,
  feedKeyOf,
  snapshotToItem,
  type CommitItem,
  type StoredItem,
} from "@/lib/event-store/dynamodb/items";
import { RecentCommits, type RememberedCommit } from "@/lib/event-store/dynamodb/recent-commits";
import { createTableQueries, type StreamHead } from "@/lib/event-store/dynamodb/table-queries";
import { tagItemEvents, type TagItem } from "@/lib/event-store/dynamodb/tag-items";
import { createTagQueries } from "@/lib/event-store/dynamodb/tag-queries";

export interface DynamoEventStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Built once by the caller (lib/server), shared with the projector. */
  upcasters?: UpcasterRegistry;
}

const RETRY_LIMIT = 200;
const WINDOW = IDEMPOTENCY_WINDOW_COMMITS;
const remembered = (c: CommitItem): RememberedCommit => ({
  first: c.firstRevision,
  last: c.lastRevision,
  ids: c.events.map((e) => e.id),
});
/** A condition with its tags' versions decoded once per append. */
interface CheckedCondition {
  query: TagQuery;
  versions: Map<string, number>;
}
const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * Math.min(2 + attempt * 2, 40)));

function checkCondition(condition: AppendCondition): CheckedCondition {
  return { query: condition.query, versions: conditionVersions(condition) };
}

export function createDynamoEventStore({ client, tableName, upcasters }: DynamoEventStoreOptions): EventStore {
  const registry = upcasters ?? createUpcasterRegistry();
  const q = createTableQueries(client, tableName);
  const tq = createTagQueries(client, tableName);
  const clock = createCommitClock();
  const recent = new RecentCommits(WINDOW);
  const read = (event: RecordedEvent) => upcastEvent(event, registry);

  /** Remembers the stream's newest commits, given newest first as every head read returns them. */
  const learnNewestFirst = (streamId: string, commits: readonly CommitItem[]) =>
    recent.learn(streamId, commits.map(remembered).reverse());

  const headOf = async (streamId: string, commits = 1): Promise<StreamHead> => {
    const head = await q.readHead(streamId, commits);
    if (head.exists && !head.closed) learnNewestFirst(streamId, head.recentCommits);
    return head;
  };

  const infoOf = (streamId: string, head: StreamHead): StreamInfo => ({
    streamId,
    revision: head.revision,
    closed: head.closed,
    lastEventAt: head.lastEventAt,
  });

  const resultOf = (commit: CommitItem, alreadyStored: boolean): AppendResult => ({
    streamId: commit.streamId,
    firstRevision: commit.firstRevision,
    nextExpectedRevision: commit.lastRevision,
    position: commit.feedKey,
    alreadyStored,
    events: commitEvents(commit).map(read),
  });

  /**
   * The put lost to an item already at that key (or N was no commit end): a retry of ours, a duplicate id,
   * a closed stream or a real conflict. The taken commit is checked at any age, the window as it is now.
   */
  const explainTaken = async (
    streamId: string,
    item: StoredItem | undefined,
    events: PreparedEvent[],
    expected: ExpectedRevision,
  ) => {
    const head = await headOf(streamId, WINDOW);
    const taken = item?.kind === "commit" ? [item] : [];
    const retried = findRepeatedCommit(streamId, [...taken, ...head.recentCommits], events);
    if (retried) return resultOf(retried, true);
    if (head.closed) throw new StreamClosedError(streamId, head.revision);
    throw new WrongExpectedRevisionError(streamId, expected, head.exists ? head.revision : "no_stream");
  };

  const commitAfter = (streamId: string, after: number, events: PreparedEvent[]): CommitItem => {
    const { at, tick } = clock.next();
    return {
      kind: "commit",
      streamId,
      firstRevision: after + 1,
      lastRevision: after + events.length,
      recordedAt: at,
      feedKey: feedKeyOf(at, tick, streamId, after + 1),
      events,
    };
  };

  /**
   * Writes the commit after revision `after`, or reports the item that already holds that key. Untagged and
   * unconditional: one conditional PutItem. Otherwise one transaction with the tags' items (putTagged).
   */
  const putCommit = async (
    streamId: string,
    after: number,
    events: PreparedEvent[],
    condition: CheckedCondition | undefined,
  ) => {
    if (condition || events.some((e) => e.tags?.length)) return putTagged(streamId, after, events, condition);
    const commit = commitAfter(streamId, after, events);
    try {
      await q.putIfAbsent(commitToItem(commit));
      recent.learn(streamId, [remembered(commit)]);
      return { written: resultOf(commit, false) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { taken: decodeItem(error.Item ?? (await q.getItem(streamId, after + 1))) };
    }
  };

  /**
   * Each tag of the events gets its item at its next version: the condition's version for a tag the condition
   * names (so a tag that moved on fails the condition), the tag's current head otherwise (a race there is no
   * conflict: read the head again and retry). A condition's tag that no event carries is a ConditionCheck.
   */
  const putTagged = async (
    streamId: string,
    after: number,
    events: PreparedEvent[],
    condition: CheckedCondition | undefined,
  ) => {
    const tags = [...new Set(events.flatMap((e) => e.tags ?? []))];
    const checks = new Map([...(condition?.versions ?? [])].filter(([tag]) => !tags.includes(tag)));
    for (let attempt = 0; attempt < RETRY_LIMIT; attempt += 1) {
      const commit = commitAfter(streamId, after, events);
      const versions = await Promise.all(tags.map(async (tag) => condition?.versions.get(tag) ?? tq.tagVersion(tag)));
      const tagItems: TagItem[] = tags.map((tag, i) => ({
        tag,
        version: versions[i]! + 1,
        streamId,
        firstRevision: commit.firstRevision,
        recordedAt: commit.recordedAt,
        position: commit.feedKey,
        events: events.flatMap((event, j) => (event.tags?.includes(tag) ? [{ revision: after + 1 + j, event }] : [])),
      }));
      const outcome = await tq.writeTagged(commitToItem(commit), tagItems, checks);
      if (outcome.kind === "written") {
        recent.learn(streamId, [remembered(commit)]);
        return { written: resultOf(commit, false) };
      }
      if (outcome.kind === "commit_taken")
        return { taken: decodeItem(outcome.item ?? (await q.getItem(streamId, after + 1))) };
      if (outcome.kind === "tag_moved" && condition?.versions.has(outcome.tag))
        throw new AppendConditionFailedError(condition.query, outcome.tag);
      // Busy: another transaction held an item. Under a condition that one most often moved a tag of ours: fail
      // at once then, so the caller decides again on fresh events instead of retrying a write that cannot land.
      if (outcome.kind === "busy" && condition) await failIfMoved(condition);
      await pause(attempt);
    }
    throw new Error(`Append to ${streamId} lost ${RETRY_LIMIT} races for its tags in a row; try again`);
  };

  const failIfMoved = async (condition: CheckedCondition) => {
    for (const [tag, version] of condition.versions)
      if ((await tq.tagVersion(tag)) > version) throw new AppendConditionFailedError(condition.query, tag);
  };

  /** True when memory holds the window ending at `expected` and none of the events' ids is in it. */
  const clearInMemory = (streamId: string, expected: number, events: PreparedEvent[]) => {
    const window = recent.windowEndingAt(streamId, expected);
    if (!window) return false;
    const ids = new Set(events.map((e) => e.id));
    return !window.some((commit) => commit.ids.some((id) => ids.has(id)));
  };

  const appendExact = async (
    streamId: string,
    expected: number,
    events: PreparedEvent[],
    asked: ExpectedRevision,
    condition: CheckedCondition | undefined,
  ) => {
    if (!Number.isInteger(expected) || expected < 0)
      throw new RangeError(`Expected revision must be a whole number ≥ 0, got ${expected}`);
    // A hit in memory is most likely a retry: the Query below reads the stored events to tell which kind.
    if (expected > 0 && !clearInMemory(streamId, expected, events)) {
      const [newest, ...older] = await q.readWindowAtOrBefore(streamId, expected + 1);
      if (newest?.kind === "commit" && newest.firstRevision === expected + 1)
        return explainTaken(streamId, newest, events, asked);
      const endsAtExpected = newest?.kind === "commit" && newest.lastRevision === expected;
      if (!endsAtExpected && newest?.kind !== "closed") return explainTaken(streamId, undefined, events, asked);
      const window = (endsAtExpected ? [newest, ...older] : older)
        .filter((i): i is CommitItem => i.kind === "commit")
        .slice(0, WINDOW);
      const retried = findRepeatedCommit(streamId, window, events);
      if (retried) return resultOf(retried, true);
      // A closed stream has no commits after its marker: `window` was its last one.
      if (newest?.kind === "closed") throw new StreamClosedError(streamId, newest.lastRevision);
      learnNewestFirst(streamId, window);
    }
    const outcome = await putCommit(streamId, expected, events, condition);
    return outcome.written ?? explainTaken(streamId, outcome.taken, events, asked);
  };

  const appendAfterHead = async (
    streamId: string,
    events: PreparedEvent[],
    asked: "any" | "stream_exists",
    condition: CheckedCondition | undefined,
  ) => {
    for (let attempt = 0; attempt < RETRY_LIMIT; attempt += 1) {
      const head = await headOf(streamId, WINDOW);
      const retried = findRepeatedCommit(streamId, head.recentCommits, events);
      if (retried) return resultOf(retried, true);
      if (head.closed) throw new StreamClosedError(streamId, head.revision);
      if (asked === "stream_exists" && !head.exists) throw new WrongExpectedRevisionError(streamId, asked, "no_stream");
      const outcome = await putCommit(streamId, head.revision, events, condition);
      if (outcome.written) return outcome.written;
      // Lost a race (or the stream was just closed): read the head again, window first.
      await pause(attempt);
    }
    throw new Error(`Append to ${streamId} lost ${RETRY_LIMIT} races in a row; try again`);
  };

  /** The feed's commits one by one from a position, with whether any may follow each. */
  async function* feedCommits(
    scope: string | undefined,
    from: string | undefined,
    forwards: boolean,
    pageSize: number,
  ) {
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await q.readFeedPage({ scope, from, forwards, limit: pageSize, startKey });
      startKey = page.lastKey;
      for (const [i, commit] of page.commits.entries())
        yield { commit, more: i < page.commits.length - 1 || startKey !== undefined };
    } while (startKey);
  }

  return {
    async appendToStream(
      streamId: string,
      newEvents: readonly NewEvent[],
      { expectedRevision = "any", condition }: AppendOptions = {},
    ) {
      const events = prepareAppend(streamId, newEvents);
      const checked = condition && checkCondition(condition);
      if (expectedRevision === "any" || expectedRevision === "stream_exists")
        return appendAfterHead(streamId, events, expectedRevision, checked);
      const exact = expectedRevision === "no_stream" ? 0 : expectedRevision;
      return appendExact(streamId, exact, events, expectedRevision, checked);
    },

    async readByTags(
      query: TagQuery,
      { consistent = false, after }: ReadByTagsOptions = {},
    ): Promise<ReadByTagsResult> {
      assertValidTagQuery(query);
      const tags = queryTags(query);
      const from = after === undefined ? undefined : conditionVersions({ query, after });
      const perTag = await Promise.all(tags.map((tag) => tq.readTag(tag, consistent, from?.get(tag))));
      const versions = new Map(tags.map((tag, i) => [tag, perTag[i]!.at(-1)?.version ?? from?.get(tag) ?? 0]));
      const seen = new Set<string>();
      const events = perTag
        .flat()
        .flatMap(tagItemEvents)
        .filter((e) => matchesTagQuery(e, query) && !seen.has(e.id) && (seen.add(e.id), true));
      // One tag: its version order is the append order. Several: commit-time order, as the feed's.
      if (tags.length > 1)
        events.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.revision - b.revision));
      return { events: events.map(read), position: encodePosition(versions) };
    },

    async readStream(
      streamId: string,
      { fromRevision, direction = "forwards", maxCount, upcast = true }: ReadStreamOptions = {},
    ): Promise<ReadStreamResult> {
      assertValidStreamId(streamId);
      const count = clampCount(maxCount, 1000, 1000);
      const page = await q.readCommits(streamId, { fromRevision, direction, minEvents: count });
      const forwards = direction === "forwards";
      let head = page.head;
      if (!head) head = await headOf(streamId);
      else if (head.exists && !head.closed) {
        // This page reached the stream's end: its newest commits are the window a next append checks.
        if (forwards) recent.learn(streamId, page.commits.slice(-WINDOW).map(remembered));
        else learnNewestFirst(streamId, page.commits.slice(0, WINDOW));
      }
      if (!head.exists) throw new StreamNotFoundError(streamId);
      const from = forwards ? Math.max(fromRevision ?? 1, 1) : Math.min(fromRevision ?? head.revision, head.revision);
      const events = page.commits
        .flatMap((commit) => (forwards ? commitEvents(commit) : commitEvents(commit).reverse()))
        .filter((e) => (forwards ? e.revision >= from : e.revision <= from))
        .slice(0, count);
      const lastRead = events.at(-1)?.revision;
      const nextRevision =
        lastRead === undefined
          ? undefined
          : forwards
            ? lastRead < head.revision
              ? lastRead + 1
              : undefined
            : lastRead > 1
              ? lastRead - 1
              : undefined;
      return {
        streamId,
        events: upcast ? events.map(read) : events,
        lastRevision: head.revision,
        closed: head.closed,
        nextRevision,
      };
    },

    async getStreamInfo(streamId: string) {
      assertValidStreamId(streamId);
      const head = await headOf(streamId);
      return head.exists ? infoOf(streamId, head) : undefined;
    },

    async readAll({ scope, from, direction = "forwards", maxCount }: ReadAllOptions = {}): Promise<ReadAllResult> {
      const count = clampCount(maxCount, 100, 1000);
      const forwards = direction === "forwards";
      const events: RecordedEvent[] = [];
      for await (const { commit, more } of feedCommits(scope, from, forwards, count)) {
        events.push(...(forwards ? commitEvents(commit) : commitEvents(commit).reverse()));
        if (events.length >= count)
          return { events: events.map(read), nextPosition: more ? commit.feedKey : undefined };
      }
      return { events: events.map(read), nextPosition: undefined };
    },

    async listStreams({ scope, cursor, limit }: ListStreamsOptions = {}): Promise<ListStreamsResult> {
      const count = clampCount(limit, 20, 100);
      const streams: StreamInfo[] = [];
      const heads = new Map<string, StreamHead>();
      for await (const { commit, more } of feedCommits(scope, cursor, false, 50)) {
        if (heads.has(commit.streamId)) continue;
        const head = await headOf(commit.streamId);
        heads.set(commit.streamId, head);
        // A stream is listed where its newest commit stands in the feed, and only there.
        if (head.revision !== commit.lastRevision) continue;
        streams.push(infoOf(commit.streamId, head));
        if (streams.length === count) return { streams, nextCursor: more ? commit.feedKey : undefined };
      }
      return { streams, nextCursor: undefined };
    },

    async closeStream(streamId: string) {
      assertValidStreamId(streamId);
      for (let attempt = 0; attempt < RETRY_LIMIT; attempt += 1) {
        const head = await headOf(streamId);
        if (!head.exists) throw new StreamNotFoundError(streamId);
        if (head.closed) return infoOf(streamId, head);
        const marker = {
          kind: "closed" as const,
          streamId,
          lastRevision: head.revision,
          closedAt: clock.next().at,
          lastEventAt: head.lastEventAt,
        };
        try {
          await q.putIfAbsent(closedToItem(marker));
          return infoOf(streamId, { ...head, closed: true });
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
          await pause(attempt);
        }
      }
      throw new Error(`Closing ${streamId} lost ${RETRY_LIMIT} races in a row; try again`);
    },

    async *readEverything({ parallelism = 4 } = {}) {
      for await (const commits of q.scanCommits(parallelism)) yield commits.flatMap((c) => commitEvents(c).map(read));
    },

    async saveSnapshot(snapshot: Omit<Snapshot, "takenAt">) {
      assertValidStreamId(snapshot.streamId);
      await q.put(snapshotToItem({ kind: "snapshot", ...snapshot, takenAt: new Date().toISOString() }));
    },

    async loadLatestSnapshot(streamId: string) {
      assertValidStreamId(streamId);
      const item = decodeItem(await q.latestSnapshotItem(streamId));
      if (item?.kind !== "snapshot") return undefined;
      const { kind: _kind, ...snapshot } = item;
      return snapshot;
    },
  };
}
