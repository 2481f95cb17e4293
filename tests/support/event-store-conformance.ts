/**
 * One conformance suite for every EventStore adapter: each rule of lib/event-store/types.ts, run the same way
 * against the in-memory store and against DynamoDB Local.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handleCommand, loadAggregate, type Aggregate } from "@/lib/event-store/aggregate";
import {
  AppendConditionFailedError,
  EmptyAppendError,
  EventTooLargeError,
  InvalidEventError,
  InvalidStreamIdError,
  StreamClosedError,
  StreamNotFoundError,
  TooManyEventsError,
  WrongExpectedRevisionError,
} from "@/lib/event-store/errors";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore, NewEvent, RecordedEvent } from "@/lib/event-store/types";
import { createUpcasterRegistry, type Upcaster, type UpcasterRegistry } from "@/lib/event-store/upcasting";
import { describeIdempotency } from "@/tests/support/event-store-idempotency";

export type StoreFactory = (options?: { upcasters?: UpcasterRegistry }) => EventStore;

const newStreamId = () => `conformance-${randomUUID()}`;
const event = (n: number, extra: Partial<NewEvent> = {}): NewEvent => ({ type: "Counted", data: { n }, ...extra });
const revisionsOf = (events: RecordedEvent[]) => events.map((e) => e.revision);
const rejectionOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

async function readEverything(store: EventStore, streamId: string) {
  return (await store.readStream(streamId, { maxCount: 1000 })).events;
}

/**
 * `openElsewhere` opens another handle on the same stored data, as another process would (for DynamoDB: another
 * store object, with nothing in its memory); without it the suite uses the same handle.
 */
export function describeEventStoreConformance(
  adapter: string,
  createStore: StoreFactory,
  openElsewhere?: () => EventStore,
) {
  describe(`${adapter} event store`, () => {
    const store = createStore();

    describeIdempotency(store, openElsewhere ?? (() => store));

    describe("appending", () => {
      it("stores events with gapless revisions from 1 and every recorded field", async () => {
        const streamId = newStreamId();
        const id = randomUUID();
        const result = await store.appendToStream(
          streamId,
          [
            event(1, { id, metadata: { correlationId: "c-1", causationId: "k-1", user: "ada" } }),
            event(2, { schemaVersion: 3 }),
          ],
          { expectedRevision: "no_stream" },
        );
        expect(result).toMatchObject({ streamId, firstRevision: 1, nextExpectedRevision: 2, alreadyStored: false });
        const [first, second] = await readEverything(store, streamId);
        expect(first).toMatchObject({ id, streamId, revision: 1, type: "Counted", data: { n: 1 }, schemaVersion: 1 });
        expect(first!.metadata).toEqual({ correlationId: "c-1", causationId: "k-1", user: "ada" });
        expect(second).toMatchObject({ revision: 2, schemaVersion: 3, metadata: {} });
        expect(second!.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(Date.parse(first!.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
        const next = await store.appendToStream(streamId, [event(3)], { expectedRevision: 2 });
        expect(next).toMatchObject({ firstRevision: 3, nextExpectedRevision: 3 });
      });

      it("treats exact revision 0 as no_stream and rejects no_stream on an existing stream", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(1)], { expectedRevision: 0 });
        const error = await rejectionOf(store.appendToStream(streamId, [event(2)], { expectedRevision: "no_stream" }));
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId, expected: "no_stream", actual: 1 });
      });

      it("rejects a wrong exact revision, too high or too low, and writes nothing", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(1), event(2), event(3)], { expectedRevision: "no_stream" });
        await store.appendToStream(streamId, [event(4)], { expectedRevision: 3 });
        for (const expected of [1, 2, 3, 5, 9]) {
          const error = await rejectionOf(store.appendToStream(streamId, [event(99)], { expectedRevision: expected }));
          expect(error).toBeInstanceOf(WrongExpectedRevisionError);
          expect(error).toMatchObject({ streamId, expected, actual: 4 });
        }
        expect(revisionsOf(await readEverything(store, streamId))).toEqual([1, 2, 3, 4]);
      });

      it("rejects an exact revision on a stream that does not exist", async () => {
        const streamId = newStreamId();
        const error = await rejectionOf(store.appendToStream(streamId, [event(1)], { expectedRevision: 3 }));
        expect(error).toMatchObject({ code: "wrong_expected_revision", actual: "no_stream" });
        await expect(store.readStream(streamId)).rejects.toBeInstanceOf(StreamNotFoundError);
      });

      it("enforces stream_exists", async () => {
        const streamId = newStreamId();
        const error = await rejectionOf(
          store.appendToStream(streamId, [event(1)], { expectedRevision: "stream_exists" }),
        );
        expect(error).toMatchObject({
          code: "wrong_expected_revision",
          expected: "stream_exists",
          actual: "no_stream",
        });
        await store.appendToStream(streamId, [event(1)]);
        const result = await store.appendToStream(streamId, [event(2)], { expectedRevision: "stream_exists" });
        expect(result.nextExpectedRevision).toBe(2);
      });

      it("lets exactly one of 30 concurrent writers win each revision, with no gaps or duplicates", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(0)], { expectedRevision: "no_stream" });
        const round = await Promise.allSettled(
          Array.from({ length: 30 }, (_, w) => store.appendToStream(streamId, [event(w)], { expectedRevision: 1 })),
        );
        expect(round.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        for (const loser of round.filter((r) => r.status === "rejected")) {
          expect(loser.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect(loser.reason).toMatchObject({ expected: 1, actual: 2 });
        }
        // Now every writer retries with the revision it reads until its own event is stored.
        let conflicts = 0;
        const writers = Array.from({ length: 30 }, async (_, w) => {
          for (;;) {
            const { lastRevision } = await store.readStream(streamId, { direction: "backwards", maxCount: 1 });
            try {
              return await store.appendToStream(streamId, [event(100 + w)], { expectedRevision: lastRevision });
            } catch (error) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error;
              conflicts += 1;
            }
          }
        });
        const results = await Promise.all(writers);
        const won = results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b);
        expect(won).toEqual(Array.from({ length: 30 }, (_, i) => i + 3));
        const stored = await readEverything(store, streamId);
        expect(revisionsOf(stored)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
        expect(new Set(stored.slice(2).map((e) => e.data.n)).size).toBe(30);
        expect(conflicts).toBeGreaterThan(0);
      });

      it("lets 30 concurrent writers with expected revision any all succeed, revisions 1..30 gapless", async () => {
        const streamId = newStreamId();
        const results = await Promise.all(
          Array.from({ length: 30 }, (_, w) => store.appendToStream(streamId, [event(w)])),
        );
        expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 30 }, (_, i) => i + 1),
        );
        const stored = await readEverything(store, streamId);
        expect(revisionsOf(stored)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
        expect(new Set(stored.map((e) => e.data.n)).size).toBe(30);
      });

      it("answers a retried append with the same event ids as success without storing twice", async () => {
        const streamId = newStreamId();
        const batch = [event(1, { id: randomUUID() }), event(2, { id: randomUUID() })];
        const first = await store.appendToStream(streamId, batch, { expectedRevision: "no_stream" });
        const retry = await store.appendToStream(streamId, batch, { expectedRevision: "no_stream" });
        expect(retry).toMatchObject({
          firstRevision: 1,
          nextExpectedRevision: 2,
          alreadyStored: true,
          position: first.position,
        });
        const later = [event(3, { id: randomUUID() })];
        await store.appendToStream(streamId, later, { expectedRevision: 2 });
        await store.appendToStream(streamId, [event(4)], { expectedRevision: 3 });
        expect(await store.appendToStream(streamId, later, { expectedRevision: 2 })).toMatchObject({
          firstRevision: 3,
          alreadyStored: true,
        });
        const anyBatch = [event(5, { id: randomUUID() })];
        await store.appendToStream(streamId, anyBatch);
        expect(await store.appendToStream(streamId, anyBatch)).toMatchObject({ firstRevision: 5, alreadyStored: true });
        expect(revisionsOf(await readEverything(store, streamId))).toEqual([1, 2, 3, 4, 5]);
        const other = await rejectionOf(
          store.appendToStream(streamId, [event(9, { id: randomUUID() })], { expectedRevision: 2 }),
        );
        expect(other).toMatchObject({ code: "wrong_expected_revision", actual: 5 });
      });
    });

    describe("rejecting bad input with nothing written", () => {
      it.each([
        ["an empty event list", [], EmptyAppendError],
        ["more than 100 events", Array.from({ length: 101 }, (_, i) => event(i)), TooManyEventsError],
        [
          "an event larger than an item holds",
          [event(1), { type: "Big", data: { blob: "x".repeat(400 * 1024) } }],
          EventTooLargeError,
        ],
        [
          "events too large together",
          Array.from({ length: 4 }, () => ({ type: "Big", data: { blob: "x".repeat(100 * 1024) } })),
          EventTooLargeError,
        ],
        ["an invalid type in a batch", [event(1), { type: "no spaces allowed", data: {} }], InvalidEventError],
        ["an event id that is not a UUID", [event(1, { id: "not-a-uuid" })], InvalidEventError],
        ["data that is not an object", [{ type: "Counted", data: [1, 2] as never }], InvalidEventError],
        [
          "a repeated id",
          [
            event(1, { id: "6f1c1f8e-7d0a-4b53-9f3a-0a4c7b0e9d11" }),
            event(2, { id: "6f1c1f8e-7d0a-4b53-9f3a-0a4c7b0e9d11" }),
          ],
          InvalidEventError,
        ],
      ] as const)("rejects %s", async (_, events, errorType) => {
        const streamId = newStreamId();
        await expect(store.appendToStream(streamId, events as NewEvent[])).rejects.toBeInstanceOf(errorType);
        await expect(store.readStream(streamId)).rejects.toBeInstanceOf(StreamNotFoundError);
      });

      it("rejects invalid stream ids", async () => {
        for (const streamId of ["", "has space", "#hash", "-leading-dash", "x".repeat(129)]) {
          await expect(store.appendToStream(streamId, [event(1)])).rejects.toBeInstanceOf(InvalidStreamIdError);
        }
      });

      it("stores none of a batch that conflicts", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(1)]);
        await expect(
          store.appendToStream(streamId, [event(2), event(3)], { expectedRevision: "no_stream" }),
        ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(revisionsOf(await readEverything(store, streamId))).toEqual([1]);
      });
    });

    describe("what an append returns, and reading a whole stream", () => {
      it("returns the recorded events, as a read gives them; a retry returns the events stored the first time", async () => {
        const streamId = newStreamId();
        const events = [event(1, { id: randomUUID() }), event(2, { id: randomUUID() })];
        const first = await store.appendToStream(streamId, events);
        expect(first.events).toEqual(await readEverything(store, streamId));
        const retry = await store.appendToStream(streamId, events);
        expect(retry).toMatchObject({ alreadyStored: true, events: first.events });
      });

      it("streamEvents pages through a whole stream or a range of it; a missing stream yields nothing", async () => {
        const streamId = newStreamId();
        for (let n = 0; n < 11; n += 1)
          await store.appendToStream(
            streamId,
            Array.from({ length: 100 }, (_, i) => event(n * 100 + i)),
          );
        const all = await readStreamEvents(store, streamId);
        expect(revisionsOf(all)).toEqual(Array.from({ length: 1100 }, (_, i) => i + 1));
        expect(revisionsOf(await readStreamEvents(store, streamId, { fromRevision: 999, toRevision: 1002 }))).toEqual([
          999, 1000, 1001, 1002,
        ]);
        expect(await readStreamEvents(store, newStreamId())).toEqual([]);
      });
    });

    describe("reading a stream", () => {
      it("tells a missing stream apart from a page with no events", async () => {
        const streamId = newStreamId();
        await expect(store.readStream(streamId)).rejects.toBeInstanceOf(StreamNotFoundError);
        expect(await store.getStreamInfo(streamId)).toBeUndefined();
        await store.appendToStream(streamId, [event(1)]);
        const past = await store.readStream(streamId, { fromRevision: 5 });
        expect(past).toMatchObject({ events: [], lastRevision: 1, nextRevision: undefined });
      });

      it("pages forwards and backwards, also from inside a multi-event commit", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(1), event(2), event(3)]);
        await store.appendToStream(streamId, [event(4)]);
        await store.appendToStream(streamId, [event(5), event(6), event(7)]);
        const page1 = await store.readStream(streamId, { maxCount: 3 });
        expect(revisionsOf(page1.events)).toEqual([1, 2, 3]);
        expect(page1).toMatchObject({ lastRevision: 7, nextRevision: 4, closed: false });
        const middle = await store.readStream(streamId, { fromRevision: 2, maxCount: 4 });
        expect(revisionsOf(middle.events)).toEqual([2, 3, 4, 5]);
        expect(middle.nextRevision).toBe(6);
        const tail = await store.readStream(streamId, { fromRevision: 6 });
        expect(revisionsOf(tail.events)).toEqual([6, 7]);
        expect(tail.nextRevision).toBeUndefined();
        const back = await store.readStream(streamId, { direction: "backwards", maxCount: 2 });
        expect(revisionsOf(back.events)).toEqual([7, 6]);
        expect(back.nextRevision).toBe(5);
        const backFrom = await store.readStream(streamId, { direction: "backwards", fromRevision: 6, maxCount: 10 });
        expect(revisionsOf(backFrom.events)).toEqual([6, 5, 4, 3, 2, 1]);
        expect(backFrom.nextRevision).toBeUndefined();
      });

      it("reads its own writes at once", async () => {
        const streamId = newStreamId();
        for (let n = 1; n <= 10; n += 1) {
          await store.appendToStream(streamId, [event(n)], { expectedRevision: n - 1 });
          expect((await store.readStream(streamId, { direction: "backwards", maxCount: 1 })).events[0]?.data.n).toBe(n);
        }
      });
    });

    describe("closing a stream", () => {
      it("rejects appends to a closed stream but keeps it readable", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(1), event(2)]);
        const info = await store.closeStream(streamId);
        expect(info).toMatchObject({ streamId, revision: 2, closed: true });
        for (const expectedRevision of ["any", "stream_exists", 2, 1] as const) {
          const error = await rejectionOf(store.appendToStream(streamId, [event(3)], { expectedRevision }));
          expect(error).toBeInstanceOf(StreamClosedError);
          expect(error).toMatchObject({ streamId, revision: 2 });
        }
        const read = await store.readStream(streamId);
        expect(read).toMatchObject({ closed: true, lastRevision: 2 });
        expect(revisionsOf(read.events)).toEqual([1, 2]);
        expect(await store.closeStream(streamId)).toMatchObject({ closed: true, revision: 2 });
        expect(await store.getStreamInfo(streamId)).toMatchObject({ closed: true, revision: 2 });
      });

      it("cannot close a stream that does not exist", async () => {
        await expect(store.closeStream(newStreamId())).rejects.toBeInstanceOf(StreamNotFoundError);
      });
    });

    describe("upcasting on read", () => {
      it("returns old events in their newest shape without rewriting them", async () => {
        const upcasters: Upcaster[] = [
          {
            type: "Named",
            fromVersion: 1,
            toVersion: 2,
            upcast: ({ name, ...rest }) => ({ ...rest, fullName: name ?? null }),
          },
          { type: "Named", fromVersion: 2, toVersion: 3, upcast: (data) => ({ ...data, nickname: "" }) },
        ];
        const reader = createStore({ upcasters: createUpcasterRegistry(upcasters) });
        const streamId = newStreamId();
        await reader.appendToStream(streamId, [
          { type: "Named", data: { name: "Ada" }, schemaVersion: 1 },
          { type: "Named", data: { fullName: "Grace" }, schemaVersion: 2 },
          { type: "Named", data: { fullName: "Alan", nickname: "A" }, schemaVersion: 3 },
        ]);
        const [v1, v2, v3] = (await reader.readStream(streamId)).events;
        expect(v1).toMatchObject({ data: { fullName: "Ada", nickname: "" }, schemaVersion: 3, storedSchemaVersion: 1 });
        expect(v2).toMatchObject({
          data: { fullName: "Grace", nickname: "" },
          schemaVersion: 3,
          storedSchemaVersion: 2,
        });
        expect(v3).toMatchObject({ data: { fullName: "Alan", nickname: "A" }, schemaVersion: 3 });
        expect(v3!.storedSchemaVersion).toBeUndefined();
        const [raw] = (await reader.readStream(streamId, { upcast: false })).events;
        expect(raw).toMatchObject({ data: { name: "Ada" }, schemaVersion: 1 });
        expect(raw!.storedSchemaVersion).toBeUndefined();
      });
    });

    describe("snapshots", () => {
      const counter: Aggregate<{ total: number }, { type: "Counted"; data: { n: number } }> = {
        initialState: () => ({ total: 0 }),
        evolve: (state, e) => ({ total: state.total + e.data.n }),
        toDomainEvent: (e) => ({ type: "Counted", data: { n: Number(e.data.n) } }),
      };

      it("keeps the latest snapshot and loads it plus the events after it", async () => {
        const streamId = newStreamId();
        await store.appendToStream(
          streamId,
          Array.from({ length: 10 }, (_, i) => event(i + 1)),
        );
        await store.saveSnapshot({ streamId, revision: 4, state: { total: 10 }, schemaVersion: 1 });
        await store.saveSnapshot({ streamId, revision: 8, state: { total: 36 }, schemaVersion: 1 });
        expect(await store.loadLatestSnapshot(streamId)).toMatchObject({
          revision: 8,
          state: { total: 36 },
          schemaVersion: 1,
        });
        const loaded = await loadAggregate(store, streamId, counter, { every: 100, schemaVersion: 1 });
        expect(loaded).toEqual({ state: { total: 55 }, revision: 10, eventsFolded: 2, snapshotRevision: 8 });
        const ignoring = await loadAggregate(store, streamId, counter, { every: 100, schemaVersion: 2 });
        expect(ignoring).toEqual({ state: { total: 55 }, revision: 10, eventsFolded: 10, snapshotRevision: undefined });
      });

      it("takes snapshots by the caller's policy while handling commands", async () => {
        const streamId = newStreamId();
        const policy = { every: 3, schemaVersion: 1 };
        for (let n = 1; n <= 7; n += 1) {
          const outcome = await handleCommand(
            store,
            streamId,
            counter,
            () => ({ ok: true, events: [{ type: "Counted", data: { n } }] }),
            {
              snapshots: policy,
            },
          );
          expect(outcome).toMatchObject({ ok: true, revision: n });
        }
        expect(await store.loadLatestSnapshot(streamId)).toMatchObject({ revision: 6, state: { total: 21 } });
        expect(await loadAggregate(store, streamId, counter, policy)).toMatchObject({
          state: { total: 28 },
          eventsFolded: 1,
        });
      });

      it("turns a change made since the caller's revision into a conflict", async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [event(1), event(2)]);
        const decide = () => ({ ok: true as const, events: [{ type: "Counted" as const, data: { n: 3 } }] });
        await expect(handleCommand(store, streamId, counter, decide, { expectedRevision: 1 })).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        expect(await handleCommand(store, streamId, counter, decide, { expectedRevision: 2 })).toMatchObject({
          ok: true,
          revision: 3,
        });
      });
    });

    describe("tags and conditional appends", () => {
      const newTag = (name: string) => `${name}:${randomUUID().slice(0, 8)}`;
      const tagged = (n: number, tags: string[], extra: Partial<NewEvent> = {}): NewEvent =>
        event(n, { tags, ...extra });

      it("stores an event's tags and gives them back on every read, none on an untagged event", async () => {
        const streamId = newStreamId();
        const course = newTag("course");
        await store.appendToStream(streamId, [tagged(1, [course, "student:42"]), event(2)], {
          expectedRevision: "no_stream",
        });
        const [first, second] = await readEverything(openElsewhere?.() ?? store, streamId);
        expect(first!.tags).toEqual([course, "student:42"]);
        expect(second!.tags ?? []).toEqual([]);
        const { events } = await store.readByTags({ tags: [course] }, { consistent: true });
        expect(events.map((e) => [e.streamId, e.revision, e.tags])).toEqual([[streamId, 1, [course, "student:42"]]]);
      });

      it("rejects bad tags with nothing written", async () => {
        const streamId = newStreamId();
        const tooMany = Array.from({ length: 11 }, (_, i) => `t${i}`);
        for (const tags of [tooMany, [""], ["x".repeat(101)], ["-leading"], ["a b"], ["dup", "dup"]]) {
          const error = await rejectionOf(store.appendToStream(streamId, [tagged(1, tags)]));
          expect(error).toBeInstanceOf(InvalidEventError);
          expect(error).toMatchObject({ index: 0, field: "tags" });
        }
        expect(await store.getStreamInfo(streamId)).toBeUndefined();
      });

      it("reads by tags across streams in append order, filters by type, and counts an event once", async () => {
        const [a, b] = [newStreamId(), newStreamId()];
        const [course, student] = [newTag("course"), newTag("student")];
        await store.appendToStream(a, [tagged(1, [course])]);
        await store.appendToStream(b, [tagged(2, [course, student]), tagged(3, [student], { type: "Other" })]);
        await store.appendToStream(a, [tagged(4, [course], { type: "Other" }), event(5)]);
        const both = await store.readByTags({ tags: [course, student] }, { consistent: true });
        expect(both.events.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);
        const counted = await store.readByTags({ tags: [course], types: ["Counted"] }, { consistent: true });
        expect(counted.events.map((e) => [e.streamId, e.data.n])).toEqual([
          [a, 1],
          [b, 2],
        ]);
        expect((await store.readByTags({ tags: [newTag("none")] }, { consistent: true })).events).toEqual([]);
      });

      it("reads only what came after a position, with the position a full read gives, and conditions on it", async () => {
        const [a, b] = [newStreamId(), newStreamId()];
        const [course, student] = [newTag("course"), newTag("student")];
        const query = { tags: [course, student] };
        await store.appendToStream(a, [tagged(1, [course]), tagged(2, [student])]);
        const first = await store.readByTags(query, { consistent: true });
        expect(first.events.map((e) => e.data.n)).toEqual([1, 2]);
        const nothingNew = await store.readByTags(query, { consistent: true, after: first.position });
        expect(nothingNew).toEqual({ events: [], position: first.position });

        await store.appendToStream(b, [tagged(3, [course, student]), tagged(4, [newTag("other")])]);
        await store.appendToStream(a, [tagged(5, [student])]);
        const tail = await store.readByTags(query, { consistent: true, after: first.position });
        expect(tail.events.map((e) => e.data.n)).toEqual([3, 5]);
        expect(tail.position).toEqual((await store.readByTags(query, { consistent: true })).position);
        // The tail's position is as good as a full read's for a condition.
        await store.appendToStream(b, [tagged(6, [course])], { condition: { query, after: tail.position } });
        const stale = await rejectionOf(
          store.appendToStream(b, [tagged(7, [course])], { condition: { query, after: tail.position } }),
        );
        expect(stale).toBeInstanceOf(AppendConditionFailedError);
        // A position from another query is a caller's bug.
        await expect(store.readByTags({ tags: [newTag("x")] }, { after: first.position })).rejects.toThrow(RangeError);
      });

      it("appends under a condition when nothing matching was appended since the read", async () => {
        const course = newTag("course");
        await store.appendToStream(newStreamId(), [tagged(1, [course])]);
        const query = { tags: [course] };
        const { position } = await store.readByTags(query, { consistent: true });
        const streamId = newStreamId();
        const result = await store.appendToStream(streamId, [tagged(2, [course])], {
          expectedRevision: "no_stream",
          condition: { query, after: position },
        });
        expect(result).toMatchObject({ firstRevision: 1, alreadyStored: false });
        // A condition holds for an empty tag too, and for a tag the new events do not carry.
        const empty = { tags: [newTag("empty")] };
        const before = await store.readByTags(empty, { consistent: true });
        await store.appendToStream(streamId, [event(3)], { condition: { query: empty, after: before.position } });
        expect((await store.readByTags(query, { consistent: true })).events.map((e) => e.data.n)).toEqual([1, 2]);
      });

      it("refuses an append under a condition with AppendConditionFailedError when a matching event came since, writing nothing", async () => {
        const course = newTag("course");
        const query = { tags: [course, newTag("student")] };
        const { position } = await store.readByTags(query, { consistent: true });
        await store.appendToStream(newStreamId(), [tagged(1, [course])]);
        const streamId = newStreamId();
        for (const events of [[tagged(2, [course])], [event(2)]]) {
          const error = await rejectionOf(
            store.appendToStream(streamId, events, { condition: { query, after: position } }),
          );
          expect(error).toBeInstanceOf(AppendConditionFailedError);
          expect(error).toMatchObject({ code: "append_condition_failed", query, tag: course });
          expect((error as Error).message).toContain(course);
        }
        expect(await store.getStreamInfo(streamId)).toBeUndefined();
        expect((await store.readByTags(query, { consistent: true })).events).toHaveLength(1);
      });

      it("counts events of every type against a condition with a types filter (a false conflict is safe)", async () => {
        const course = newTag("course");
        const query = { tags: [course], types: ["Counted"] };
        const { position } = await store.readByTags(query, { consistent: true });
        await store.appendToStream(newStreamId(), [tagged(1, [course], { type: "Other" })]);
        const error = await rejectionOf(
          store.appendToStream(newStreamId(), [tagged(2, [course])], { condition: { query, after: position } }),
        );
        expect(error).toBeInstanceOf(AppendConditionFailedError);
      });

      it("lets exactly one of several writers deciding on the same read append", async () => {
        const course = newTag("course");
        const query = { tags: [course] };
        const { position } = await store.readByTags(query, { consistent: true });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 6 }, (_, n) =>
            store.appendToStream(newStreamId(), [tagged(n, [course, `student:${n}`])], {
              condition: { query, after: position },
            }),
          ),
        );
        const refused = outcomes.filter((o) => o.status === "rejected");
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
        for (const o of refused) expect(o.reason).toBeInstanceOf(AppendConditionFailedError);
        expect((await store.readByTags(query, { consistent: true })).events).toHaveLength(1);
      });

      it("is not disturbed by appends to other tags, or by unconditional appends racing on the same tag", async () => {
        const [course, other] = [newTag("course"), newTag("other")];
        const query = { tags: [course] };
        const { position } = await store.readByTags(query, { consistent: true });
        await store.appendToStream(newStreamId(), [tagged(1, [other])]);
        await store.appendToStream(newStreamId(), [event(2)]);
        await store.appendToStream(newStreamId(), [tagged(3, [course])], { condition: { query, after: position } });
        await Promise.all(
          Array.from({ length: 5 }, (_, n) => store.appendToStream(newStreamId(), [tagged(10 + n, [other, course])])),
        );
        expect((await store.readByTags({ tags: [other] }, { consistent: true })).events).toHaveLength(6);
        expect((await store.readByTags(query, { consistent: true })).events).toHaveLength(6);
      });

      it("answers a retried conditional append as already stored rather than as a failed condition", async () => {
        const course = newTag("course");
        const query = { tags: [course] };
        const { position } = await store.readByTags(query, { consistent: true });
        const streamId = newStreamId();
        const events = [tagged(1, [course], { id: randomUUID() })];
        const options = { expectedRevision: "no_stream" as const, condition: { query, after: position } };
        await store.appendToStream(streamId, events, options);
        const retry = await (openElsewhere?.() ?? store).appendToStream(streamId, events, options);
        expect(retry).toMatchObject({ firstRevision: 1, alreadyStored: true });
      });

      it("refuses a position that does not cover the condition's tags", async () => {
        const { position } = await store.readByTags({ tags: [newTag("a")] });
        const error = await rejectionOf(
          store.appendToStream(newStreamId(), [event(1)], {
            condition: { query: { tags: [newTag("b")] }, after: position },
          }),
        );
        expect(error).toBeInstanceOf(RangeError);
      });
    });

    describe("the all-events feed", () => {
      it("returns every event across 5 streams in commit order, forwards and backwards, paged", async () => {
        const streams = Array.from({ length: 5 }, newStreamId);
        const appended: string[] = [];
        for (let round = 0; round < 4; round += 1) {
          for (const [s, streamId] of streams.entries()) {
            const n = round * 10 + s;
            await store.appendToStream(streamId, [event(n)]);
            appended.push(`${streamId}:${n}`);
          }
        }
        const ours = (events: RecordedEvent[]) =>
          events.filter((e) => streams.includes(e.streamId)).map((e) => `${e.streamId}:${e.data.n}`);
        const forwards: string[] = [];
        let from: string | undefined;
        let pages = 0;
        do {
          const page = await store.readAll({ from, maxCount: 7 });
          forwards.push(...ours(page.events));
          from = page.nextPosition;
          pages += 1;
        } while (from && pages < 1000);
        expect(forwards.slice(-20)).toEqual(appended);
        const backwards = await store.readAll({ direction: "backwards", maxCount: 20 });
        expect(ours(backwards.events)).toEqual([...appended].reverse());
      });

      it("reads everything once, each stream in revision order, for rebuilds", async () => {
        const streams = Array.from({ length: 3 }, newStreamId);
        for (const streamId of streams) {
          await store.appendToStream(streamId, [event(1), event(2)]);
          await store.appendToStream(streamId, [event(3)]);
        }
        const seen = new Map<string, number[]>();
        for await (const page of store.readEverything({ parallelism: 3 })) {
          for (const e of page)
            if (streams.includes(e.streamId)) seen.set(e.streamId, [...(seen.get(e.streamId) ?? []), e.revision]);
        }
        for (const streamId of streams) expect([...(seen.get(streamId) ?? [])].sort()).toEqual([1, 2, 3]);
      });

      it("lists streams newest activity first, each once, paged", async () => {
        const streams = Array.from({ length: 4 }, newStreamId);
        for (const streamId of streams) await store.appendToStream(streamId, [event(1)]);
        await store.appendToStream(streams[0]!, [event(2)]);
        const first = await store.listStreams({ limit: 2 });
        expect(first.streams.map((s) => s.streamId)).toEqual([streams[0], streams[3]]);
        expect(first.streams[0]).toMatchObject({ revision: 2, closed: false });
        const second = await store.listStreams({ limit: 2, cursor: first.nextCursor });
        expect(second.streams.map((s) => s.streamId)).toEqual([streams[2], streams[1]]);
      });

      it("reads one scope's feed and streams without any other scope's, with the whole feed's positions", async () => {
        const [mine, theirs] = [`s${randomUUID().slice(0, 8)}`, `s${randomUUID().slice(0, 8)}`];
        const streams = [`${mine}:a-${randomUUID()}`, `${theirs}:a-${randomUUID()}`, `${mine}:b-${randomUUID()}`];
        for (const [i, streamId] of streams.entries()) await store.appendToStream(streamId, [event(i)]);
        await store.appendToStream(streams[0]!, [event(3)]);
        const forwards: string[] = [];
        let from: string | undefined;
        do {
          const page = await store.readAll({ scope: mine, from, maxCount: 1 });
          forwards.push(...page.events.map((e) => `${e.streamId}:${e.data.n}`));
          from = page.nextPosition;
        } while (from);
        expect(forwards).toEqual([`${streams[0]}:0`, `${streams[2]}:2`, `${streams[0]}:3`]);
        const backwards = await store.readAll({ scope: mine, direction: "backwards" });
        expect(backwards.events.map((e) => e.data.n)).toEqual([3, 2, 0]);
        // A scope's positions are the whole feed's: reading the whole feed from one skips the same events.
        const whole = await store.readAll({ from: backwards.events[1]!.position, maxCount: 1000 });
        expect(whole.events.filter((e) => streams.includes(e.streamId)).map((e) => e.data.n)).toEqual([3]);
        const listed = await store.listStreams({ scope: mine });
        expect(listed.streams.map((s) => s.streamId)).toEqual([streams[0], streams[2]]);
        expect((await store.listStreams({ scope: theirs })).streams.map((s) => s.streamId)).toEqual([streams[1]]);
        expect((await store.readAll({ scope: `s${randomUUID().slice(0, 8)}` })).events).toEqual([]);
      });
    });
  });
}
