/**
 * One connection's catch-up and its handover to the shared hub, on the in-memory store: what it sends first
 * (backfill, resume), and that the handover loses nothing and repeats nothing wherever writes and polls fall,
 * placed exactly (a held read) and at random (delays on every read, a hub polling every few milliseconds).
 */
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import { createLiveHub, everyEvent, type LiveFilter, type LiveHub } from "@/lib/http/live/live-hub";
import { openLiveSubscription, type LiveFeedStart } from "@/lib/http/live/live-subscription";
import { parseResumePoint } from "@/lib/http/live/resume-point";
import { messageId } from "@/lib/http/live/sse-message";
import { instrumentStore } from "@/tests/support/instrumented-store";

const texts = (events: readonly RecordedEvent[]) => events.map((e) => e.data.text);

function setUp() {
  const instrumented = instrumentStore(createInMemoryEventStore());
  const hub = createLiveHub(instrumented.store, { pollMs: "manual" });
  const write = async (...items: string[]) => (await append(instrumented.store, "s", ...items)).events;
  return { ...instrumented, hub, write };
}

const append = (store: EventStore, streamId: string, ...items: string[]) =>
  store.appendToStream(
    streamId,
    items.map((text) => ({ type: "NoteWritten", data: { text } })),
  );

/** Opens a subscription and starts it at once; `sent` is everything it sent, the initial events first. */
async function subscribe(hub: LiveHub, start: LiveFeedStart, filter: LiveFilter = everyEvent) {
  const subscription = await openLiveSubscription(hub, start, filter);
  const sent: RecordedEvent[] = [...subscription.initial];
  subscription.start({ events: (events) => sent.push(...events), pollFailed: () => {} });
  return { subscription, sent };
}

const resumeAfter = (event: RecordedEvent) => ({ resume: parseResumePoint(messageId(event), "Last-Event-ID") });

describe("a live subscription", () => {
  describe("when started now", () => {
    it("sends the newest N events first with a backfill, in feed order, then only new ones", async () => {
      const { hub, write } = setUp();
      await write("1", "2");
      await write("3");
      const { subscription, sent } = await subscribe(hub, { backfill: 2 });
      expect(texts(subscription.initial)).toEqual(["2", "3"]);
      await write("4");
      await hub.poll();
      expect(texts(sent)).toEqual(["2", "3", "4"]);
      subscription.close();
    });

    it("does not send events that were visible when it connected but that the hub had not polled yet", async () => {
      const { hub, write } = setUp();
      const { subscription: first } = await subscribe(hub, { backfill: 0 });
      await write("before the second connected");
      const { subscription, sent } = await subscribe(hub, { backfill: 0 });
      await hub.poll();
      await write("after");
      await hub.poll();
      expect(texts(sent)).toEqual(["after"]);
      first.close();
      subscription.close();
    });
  });

  describe("when resumed", () => {
    it("sends what follows the resume event inside its commit and after it, and nothing before", async () => {
      const { hub, write } = setUp();
      await write("a");
      const [, b2] = await write("b1", "b2", "b3");
      await write("c");
      const { subscription, sent } = await subscribe(hub, resumeAfter(b2!));
      expect(texts(subscription.initial)).toEqual(["b3", "c"]);
      await write("d");
      await hub.poll();
      await hub.poll();
      expect(texts(sent)).toEqual(["b3", "c", "d"]);
      subscription.close();
    });

    it("skips the whole commit of a bare position", async () => {
      const { hub, store, write } = setUp();
      const { position } = await append(store, "s", "a1", "a2");
      await write("b");
      const { subscription } = await subscribe(hub, { resume: { position, eventId: undefined } });
      expect(texts(subscription.initial)).toEqual(["b"]);
      subscription.close();
    });
  });

  it("sends only what its filter accepts, in the catch-up and after it", async () => {
    const { hub, store } = setUp();
    const [first] = (await append(store, "mine-1", "m1")).events;
    await append(store, "theirs-1", "t1");
    await append(store, "mine-2", "m2");
    const mine: LiveFilter = (event) => event.streamId.startsWith("mine-");
    const resumed = await subscribe(hub, resumeAfter(first!), mine);
    const backfilled = await subscribe(hub, { backfill: 5 }, mine);
    await append(store, "theirs-2", "t2");
    await append(store, "mine-3", "m3");
    await hub.poll();
    expect(texts(resumed.sent)).toEqual(["m2", "m3"]);
    expect(texts(backfilled.sent)).toEqual(["m1", "m2", "m3"]);
    resumed.subscription.close();
    backfilled.subscription.close();
  });

  describe("at the handover from its catch-up to the hub", () => {
    it("sends each event once: delivered before it joined, during its catch-up read, or polled after it", async () => {
      const { hub, write, holdNextRead } = setUp();
      const keeper = await subscribe(hub, { backfill: 0 }); // keeps the hub running, as other tabs would
      const [resumeFrom] = await write("resume here");
      const [beforeJoin] = await write("delivered before the join");
      await hub.poll();
      expect(texts(keeper.sent)).toEqual(["resume here", "delivered before the join"]);

      const held = holdNextRead(); // the catch-up's first read
      const opening = subscribe(hub, resumeAfter(resumeFrom!));
      await held.reached;
      await write("delivered during the catch-up");
      await hub.poll(); // reaches the new member, which buffers it
      await write("read by the catch-up, polled after it");
      held.release();
      const { subscription, sent } = await opening;
      await write("after the catch-up");
      await hub.poll();
      await hub.poll();

      expect(beforeJoin).toBeDefined();
      expect(texts(sent)).toEqual([
        "delivered before the join",
        "delivered during the catch-up",
        "read by the catch-up, polled after it",
        "after the catch-up",
      ]);
      subscription.close();
      keeper.subscription.close();
    });

    it("never loses or repeats an event with writes, polls and reconnects at random moments", async () => {
      const random = seeded(20261201);
      for (let round = 0; round < 12; round += 1) {
        const inner = createInMemoryEventStore();
        // Every read takes a few milliseconds, so writes and polls land inside catch-ups and hub reads.
        const slow: EventStore = new Proxy(inner, {
          get: (target, property, receiver) =>
            property === "readAll"
              ? async (...args: Parameters<EventStore["readAll"]>) => {
                  await sleep(random() * 4);
                  const result = await target.readAll(...args);
                  await sleep(random() * 4);
                  return result;
                }
              : Reflect.get(target, property, receiver),
        });
        const hub = createLiveHub(slow, { pollMs: 3 });
        const written: RecordedEvent[] = [];
        let writing = true;
        const writer = (async () => {
          for (let n = 0; writing; n += 1) {
            written.push(...(await append(inner, `s-${n % 7}`, `${round}.${n}`)).events);
            await sleep(random() * 3);
          }
        })();

        // A chain of connections, each resuming after the last event the one before it sent (or where that one
        // started, when it sent nothing).
        await sleep(random() * 10);
        const visibleBefore = written.length;
        let start: LiveFeedStart = { backfill: 0 };
        const connections = [await subscribe(hub, start)];
        for (let hop = 0; hop < 5; hop += 1) {
          await sleep(5 + random() * 25);
          const previous = connections.at(-1)!;
          previous.subscription.close();
          const last = previous.sent.at(-1);
          if (last) start = resumeAfter(last);
          connections.push(await subscribe(hub, start));
        }
        await sleep(20);
        writing = false;
        await writer;
        await sleep(40);
        await hub.poll();
        connections.at(-1)!.subscription.close();

        const received = connections.flatMap((c) => c.sent).map((e) => e.id);
        expect(new Set(received).size, `round ${round}: no event twice`).toBe(received.length);
        // The first connection starts "now": with the first event that was not visible yet when it connected.
        const firstSent = written.findIndex((e) => e.id === received[0]);
        expect(firstSent, `round ${round}: the first event sent`).toBeGreaterThanOrEqual(visibleBefore);
        const expected = written.slice(firstSent).map((e) => e.id);
        expect(received, `round ${round}: every event after the start, in order`).toEqual(expected);
        expect(hub.running).toBe(false);
      }
    });
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic PRNG (mulberry32), so a failing round can be run again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
