/**
 * The idempotency rule of docs/event-store.md, part of the conformance suite: an event id the stream's last
 * IDEMPOTENCY_WINDOW_COMMITS commits hold is never stored again, in any expected-revision mode; an exact
 * repeat of one of those commits answers alreadyStored, anything else with those ids DuplicateEventIdError.
 * Each case runs on the handle that wrote the stream and on another handle of the same data ("elsewhere":
 * for DynamoDB another store object, as another process has, with nothing in memory).
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DuplicateEventIdError, StreamClosedError } from "@/lib/event-store/errors";
import type { AppendOptions, EventStore, ExpectedRevision, NewEvent } from "@/lib/event-store/types";
import { IDEMPOTENCY_WINDOW_COMMITS } from "@/lib/event-store/validation";

const newStreamId = () => `idempotency-${randomUUID()}`;
const withId = (n: number, extra: Partial<NewEvent> = {}): NewEvent => ({
  id: randomUUID(),
  type: "Counted",
  data: { n },
  ...extra,
});
const rejectionOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

export function describeIdempotency(store: EventStore, elsewhere: () => EventStore) {
  const handles = [
    ["the writing handle", () => store],
    ["another handle", elsewhere],
  ] as const;

  /** Appends `count` one-event commits (new ids) and returns the stream's revision after them. */
  async function appendOthers(streamId: string, count: number, from: number) {
    for (let i = 0; i < count; i += 1)
      await store.appendToStream(streamId, [withId(100 + i)], { expectedRevision: from + i });
    return from + count;
  }

  async function storedIds(streamId: string) {
    return (await store.readStream(streamId)).events.map((e) => e.id);
  }

  describe.each(handles)("idempotency, retried through %s", (_, retrier) => {
    it("refuses the same ids with other data, type, metadata or version in every mode, storing nothing", async () => {
      const streamId = newStreamId();
      const original = withId(1, { metadata: { correlationId: "c-1" } });
      await store.appendToStream(streamId, [original], { expectedRevision: "no_stream" });
      await appendOthers(streamId, 2, 1);
      const changes: Partial<NewEvent>[] = [
        { data: { n: 2 } },
        { type: "Other" },
        { metadata: { correlationId: "c-2" } },
        { schemaVersion: 2 },
      ];
      const modes: ExpectedRevision[] = ["any", "stream_exists", "no_stream", 0, 3, 1];
      for (const change of changes) {
        for (const expectedRevision of modes) {
          const error = await rejectionOf(
            retrier().appendToStream(streamId, [{ ...original, ...change }], { expectedRevision }),
          );
          expect(error, `${JSON.stringify(change)} with ${expectedRevision}`).toBeInstanceOf(DuplicateEventIdError);
          expect(error).toMatchObject({
            code: "duplicate_event_id",
            streamId,
            duplicates: [{ eventId: original.id, revision: 1 }],
            differentContent: true,
          });
        }
      }
      expect((await store.readStream(streamId)).lastRevision).toBe(3);
    });

    it("answers an exact retry with the stream's head as expected revision as already stored", async () => {
      const streamId = newStreamId();
      const batch = [withId(1), withId(2)];
      const first = await store.appendToStream(streamId, batch, { expectedRevision: "no_stream" });
      const head = await appendOthers(streamId, 3, 2);
      const retry = await retrier().appendToStream(streamId, batch, { expectedRevision: head });
      expect(retry).toEqual({ ...first, alreadyStored: true });
      expect(await storedIds(streamId)).toHaveLength(5);
    });

    it.each([6, IDEMPOTENCY_WINDOW_COMMITS - 1])(
      "answers a retry after %i other commits as already stored, in every mode",
      async (others) => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [withId(0)], { expectedRevision: "no_stream" });
        const batch = [withId(1), withId(2)];
        const first = await store.appendToStream(streamId, batch, { expectedRevision: 1 });
        const head = await appendOthers(streamId, others, 3);
        for (const expectedRevision of ["any", "stream_exists", head, 1, 2] as ExpectedRevision[]) {
          const retry = await retrier().appendToStream(streamId, batch, { expectedRevision });
          expect(retry, String(expectedRevision)).toEqual({ ...first, alreadyStored: true });
        }
        expect(await storedIds(streamId)).toHaveLength(3 + others);
      },
    );

    it("refuses a retry that adds, drops or reorders events of a stored commit, storing nothing", async () => {
      const streamId = newStreamId();
      const [h, i, j] = [withId(1), withId(2), withId(3)];
      await store.appendToStream(streamId, [h!, i!], { expectedRevision: "no_stream" });
      const tries: [NewEvent[], AppendOptions][] = [
        [[h!, i!, j!], {}],
        [[h!, i!, j!], { expectedRevision: 2 }],
        [[h!, i!, j!], { expectedRevision: "no_stream" }],
        [[j!, i!], { expectedRevision: "stream_exists" }],
        [[h!], { expectedRevision: 2 }],
        [[i!, h!], {}],
      ];
      for (const [events, options] of tries) {
        const error = await rejectionOf(retrier().appendToStream(streamId, events, options));
        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect((error as DuplicateEventIdError).differentContent).toBe(false);
      }
      const error = await rejectionOf(retrier().appendToStream(streamId, [h!, i!, j!]));
      expect(error).toMatchObject({
        duplicates: [
          { eventId: h!.id, revision: 1 },
          { eventId: i!.id, revision: 2 },
        ],
      });
      expect(await storedIds(streamId)).toEqual([h!.id, i!.id]);
    });

    it("checks only the window: an id older than the last commits is stored again, except at its own exact revision", async () => {
      const streamId = newStreamId();
      const old = withId(1);
      const first = await store.appendToStream(streamId, [old], { expectedRevision: "no_stream" });
      const head = await appendOthers(streamId, IDEMPOTENCY_WINDOW_COMMITS, 1);
      // The commit right after an exact expected revision is checked at any age: the put collides with it.
      expect(await retrier().appendToStream(streamId, [old], { expectedRevision: "no_stream" })).toEqual({
        ...first,
        alreadyStored: true,
      });
      const again = await retrier().appendToStream(streamId, [old], { expectedRevision: head });
      expect(again).toMatchObject({ firstRevision: head + 1, alreadyStored: false });
      expect((await storedIds(streamId)).filter((id) => id === old.id)).toHaveLength(2);
    });

    it("answers an exact retry on a closed stream as already stored, and anything else as closed", async () => {
      const streamId = newStreamId();
      const batch = [withId(1)];
      const first = await store.appendToStream(streamId, batch, { expectedRevision: "no_stream" });
      await appendOthers(streamId, 2, 1);
      await store.closeStream(streamId);
      for (const expectedRevision of ["any", 3, 0] as ExpectedRevision[]) {
        expect(await retrier().appendToStream(streamId, batch, { expectedRevision })).toEqual({
          ...first,
          alreadyStored: true,
        });
        const error = await rejectionOf(retrier().appendToStream(streamId, [withId(9)], { expectedRevision }));
        expect(error, String(expectedRevision)).toBeInstanceOf(StreamClosedError);
      }
    });
  });

  describe("idempotency under a race", () => {
    const pairs: [string, ExpectedRevision, ExpectedRevision][] = [
      ["any", "any", "any"],
      ["the same exact revision", 1, 1],
      ["any and the exact head", "any", 1],
      ["stream_exists and any", "stream_exists", "any"],
    ];

    it.each(pairs)("stores one commit when two writers append the same ids at once (%s)", async (_, a, b) => {
      for (let round = 0; round < 5; round += 1) {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [withId(0)], { expectedRevision: "no_stream" });
        const batch = [withId(1), withId(2)];
        const results = await Promise.all([
          store.appendToStream(streamId, batch, { expectedRevision: a }),
          elsewhere().appendToStream(streamId, batch, { expectedRevision: b }),
        ]);
        expect(results.map((r) => r.alreadyStored).sort()).toEqual([false, true]);
        expect(results[0]).toEqual({ ...results[1], alreadyStored: results[0]!.alreadyStored });
        expect(await storedIds(streamId)).toHaveLength(3);
      }
    });

    it("stores none of the ids twice when one writer retries with other data during the race", async () => {
      const streamId = newStreamId();
      await store.appendToStream(streamId, [withId(0)], { expectedRevision: "no_stream" });
      const original = withId(1);
      const outcomes = await Promise.allSettled([
        store.appendToStream(streamId, [original]),
        elsewhere().appendToStream(streamId, [{ ...original, data: { n: 2 } }]),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const rejected = outcomes.find((o) => o.status === "rejected");
      expect(rejected?.reason).toBeInstanceOf(DuplicateEventIdError);
      expect(await storedIds(streamId)).toHaveLength(2);
    });
  });
}
