/**
 * The simplest event store that keeps every promise of the EventStore interface: a dictionary of streams, each
 * a sorted list of commits, plus one global list for the all-events feed. Single-threaded JavaScript makes
 * each append atomic for free; the DynamoDB adapter earns the same guarantees with conditional writes.
 */
import {
  AppendConditionFailedError,
  StreamClosedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from "@/lib/event-store/errors";
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
  toRecordedEvent,
  type PreparedEvent,
} from "@/lib/event-store/validation";
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ListStreamsOptions,
  ListStreamsResult,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadByTagsOptions,
  ReadByTagsResult,
  ReadStreamOptions,
  RecordedEvent,
  Snapshot,
  StreamInfo,
  TagQuery,
} from "@/lib/event-store/types";
import { scopeOfStream } from "@/lib/event-store/scope";

/** `stored` keeps the events as written (their JSON text), for the idempotency check. */
interface Commit {
  sequence: number;
  firstRevision: number;
  events: RecordedEvent[];
  stored: PreparedEvent[];
}
interface Stream {
  commits: Commit[];
  events: RecordedEvent[];
  closed: boolean;
}

const position = (sequence: number) => String(sequence).padStart(12, "0");

export function createInMemoryEventStore(options: { upcasters?: UpcasterRegistry } = {}): EventStore {
  const registry = options.upcasters ?? createUpcasterRegistry();
  const streams = new Map<string, Stream>();
  const feed: Commit[] = [];
  const snapshots = new Map<string, Snapshot>();
  /** Per tag, the commits that carried it: a tag's version is its list's length, as the DynamoDB tag items. */
  const tagged = new Map<string, Commit[]>();
  const tagVersion = (tag: string) => tagged.get(tag)?.length ?? 0;
  const read = (event: RecordedEvent) => upcastEvent(event, registry);

  const info = (streamId: string, stream: Stream): StreamInfo => ({
    streamId,
    revision: stream.events.length,
    closed: stream.closed,
    lastEventAt: stream.events.at(-1)?.recordedAt ?? "",
  });

  const resultOf = (commit: Commit, alreadyStored: boolean): AppendResult => ({
    streamId: commit.events[0]!.streamId,
    firstRevision: commit.events[0]!.revision,
    nextExpectedRevision: commit.events.at(-1)!.revision,
    position: position(commit.sequence),
    alreadyStored,
    events: commit.events.map(read),
  });

  return {
    async appendToStream(
      streamId: string,
      newEvents: readonly NewEvent[],
      { expectedRevision = "any", condition }: AppendOptions = {},
    ) {
      const prepared = prepareAppend(streamId, newEvents);
      const conditionAt = condition && conditionVersions(condition);
      const stream = streams.get(streamId);
      const current = stream?.events.length ?? 0;
      const exact = expectedRevision === "no_stream" ? 0 : expectedRevision;

      // The window, and for an exact revision also the commit right after it, as the DynamoDB adapter sees them.
      const commits = stream?.commits ?? [];
      const window = commits.slice(-IDEMPOTENCY_WINDOW_COMMITS);
      const after = typeof exact === "number" ? commits.find((c) => c.firstRevision === exact + 1) : undefined;
      const checked = (after ? [after, ...window] : window).map((c) => ({
        firstRevision: c.firstRevision,
        events: c.stored,
        commit: c,
      }));
      const retried = findRepeatedCommit(streamId, checked, prepared);
      if (retried) return resultOf(retried.commit, true);

      if (stream?.closed) throw new StreamClosedError(streamId, current);
      const matches = exact === "any" || (exact === "stream_exists" ? current > 0 : exact === current);
      if (!matches)
        throw new WrongExpectedRevisionError(streamId, expectedRevision, current === 0 ? "no_stream" : current);
      for (const [tag, version] of conditionAt ?? [])
        if (tagVersion(tag) !== version) throw new AppendConditionFailedError(condition!.query, tag);

      const recordedAt = new Date().toISOString();
      const commit: Commit = { sequence: feed.length + 1, firstRevision: current + 1, events: [], stored: prepared };
      commit.events = prepared.map((event, i) =>
        toRecordedEvent(event, streamId, current + i + 1, recordedAt, position(commit.sequence)),
      );
      const target = stream ?? { commits: [], events: [], closed: false };
      target.commits.push(commit);
      target.events.push(...commit.events);
      streams.set(streamId, target);
      feed.push(commit);
      for (const tag of new Set(prepared.flatMap((e) => e.tags ?? [])))
        tagged.set(tag, [...(tagged.get(tag) ?? []), commit]);
      return resultOf(commit, false);
    },

    async readByTags(query: TagQuery, { after }: ReadByTagsOptions = {}): Promise<ReadByTagsResult> {
      assertValidTagQuery(query);
      const tags = queryTags(query);
      const from = after === undefined ? undefined : conditionVersions({ query, after });
      // A tag's commits in order: the one at index i made version i + 1.
      const commits = new Set(tags.flatMap((tag) => (tagged.get(tag) ?? []).slice(from?.get(tag) ?? 0)));
      const events = [...commits]
        .sort((a, b) => a.sequence - b.sequence)
        .flatMap((commit) => commit.events.filter((event) => matchesTagQuery(event, query)));
      return { events: events.map(read), position: encodePosition(new Map(tags.map((t) => [t, tagVersion(t)]))) };
    },

    async readStream(
      streamId: string,
      { fromRevision, direction = "forwards", maxCount, upcast = true }: ReadStreamOptions = {},
    ) {
      assertValidStreamId(streamId);
      const stream = streams.get(streamId);
      if (!stream) throw new StreamNotFoundError(streamId);
      const count = clampCount(maxCount, 1000, 1000);
      const last = stream.events.length;
      let events: RecordedEvent[];
      let nextRevision: number | undefined;
      if (direction === "forwards") {
        const from = Math.max(fromRevision ?? 1, 1);
        events = stream.events.slice(from - 1, from - 1 + count);
        nextRevision = from - 1 + count < last ? from + count : undefined;
      } else {
        const from = Math.min(fromRevision ?? last, last);
        events = stream.events.slice(Math.max(from - count, 0), Math.max(from, 0)).reverse();
        nextRevision = from - count >= 1 ? from - count : undefined;
      }
      return {
        streamId,
        events: upcast ? events.map(read) : events,
        lastRevision: last,
        closed: stream.closed,
        nextRevision,
      };
    },

    async getStreamInfo(streamId: string) {
      assertValidStreamId(streamId);
      const stream = streams.get(streamId);
      return stream ? info(streamId, stream) : undefined;
    },

    async readAll({ scope, from, direction = "forwards", maxCount }: ReadAllOptions = {}): Promise<ReadAllResult> {
      const count = clampCount(maxCount, 100, 1000);
      const start = from === undefined ? undefined : Number(from);
      const inScope = scope === undefined ? feed : feed.filter((c) => scopeOfStream(c.events[0]!.streamId) === scope);
      const ordered = direction === "forwards" ? inScope : [...inScope].reverse();
      const after = ordered.filter((c) =>
        start === undefined ? true : direction === "forwards" ? c.sequence > start : c.sequence < start,
      );
      const events: RecordedEvent[] = [];
      let taken = 0;
      for (const commit of after) {
        if (events.length >= count) break;
        events.push(...(direction === "forwards" ? commit.events : [...commit.events].reverse()));
        taken += 1;
      }
      const last = after[taken - 1];
      return {
        events: events.map(read),
        nextPosition: taken < after.length && last ? position(last.sequence) : undefined,
      };
    },

    async listStreams({ scope, cursor, limit }: ListStreamsOptions = {}): Promise<ListStreamsResult> {
      const count = clampCount(limit, 20, 100);
      const before = cursor === undefined ? Infinity : Number(cursor);
      const newestFirst = [...streams.entries()]
        .map(([streamId, stream]) => ({ streamId, stream, sequence: stream.commits.at(-1)!.sequence }))
        .filter((s) => s.sequence < before && (scope === undefined || scopeOfStream(s.streamId) === scope))
        .sort((a, b) => b.sequence - a.sequence);
      const page = newestFirst.slice(0, count);
      return {
        streams: page.map((s) => info(s.streamId, s.stream)),
        nextCursor: newestFirst.length > count ? position(page.at(-1)!.sequence) : undefined,
      };
    },

    async closeStream(streamId: string) {
      assertValidStreamId(streamId);
      const stream = streams.get(streamId);
      if (!stream) throw new StreamNotFoundError(streamId);
      stream.closed = true;
      return info(streamId, stream);
    },

    async *readEverything() {
      for (const commit of feed) yield commit.events.map(read);
    },

    async saveSnapshot(snapshot) {
      assertValidStreamId(snapshot.streamId);
      const stored = { ...snapshot, state: structuredClone(snapshot.state), takenAt: new Date().toISOString() };
      const previous = snapshots.get(snapshot.streamId);
      if (!previous || previous.revision <= snapshot.revision) snapshots.set(snapshot.streamId, stored);
    },

    async loadLatestSnapshot(streamId: string) {
      assertValidStreamId(streamId);
      const snapshot = snapshots.get(streamId);
      return snapshot && { ...snapshot, state: structuredClone(snapshot.state) };
    },
  };
}
