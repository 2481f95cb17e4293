/**
 * The live feed's windowing on the in-memory store with a controlled clock: what the HTTP test cannot wait
 * for (many overlap windows passing) in milliseconds.
 */
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import { OVERLAP_MS, openLiveFeed } from "@/lib/http/live/live-feed";
import { parseResumePoint } from "@/lib/http/live/resume-point";
import { messageId } from "@/lib/http/live/sse-message";

const texts = (events: RecordedEvent[]) => events.map((e) => e.data.text);

function setUp() {
  const store: EventStore = createInMemoryEventStore();
  let now = 1_000_000;
  const clock = () => now;
  const tick = (ms: number) => (now += ms);
  const write = (...items: string[]) =>
    store.appendToStream(
      "s",
      items.map((text) => ({ type: "NoteWritten", data: { text } })),
    );
  return { store, clock, tick, write };
}

describe("the live feed", () => {
  describe("when started now", () => {
    it("sends only events written after it opened, each once, however many overlap windows pass", async () => {
      const { store, clock, tick, write } = setUp();
      await write("before");
      const feed = await openLiveFeed(store, { backfill: 0 }, clock);
      expect(feed.initial).toEqual([]);
      const sent: RecordedEvent[] = [];
      for (let round = 0; round < 20; round += 1) {
        if (round % 3 === 0) await write(`r${round}a`, `r${round}b`);
        tick(OVERLAP_MS / 3);
        sent.push(...(await feed.poll()));
      }
      expect(texts(sent)).toEqual([
        "r0a",
        "r0b",
        "r3a",
        "r3b",
        "r6a",
        "r6b",
        "r9a",
        "r9b",
        "r12a",
        "r12b",
        "r15a",
        "r15b",
        "r18a",
        "r18b",
      ]);
    });

    it("sends the newest N events first with a backfill, in feed order", async () => {
      const { store, clock, write } = setUp();
      await write("1", "2");
      await write("3");
      const feed = await openLiveFeed(store, { backfill: 2 }, clock);
      expect(texts(feed.initial)).toEqual(["2", "3"]);
      expect(await feed.poll()).toEqual([]);
    });
  });

  describe("when resumed", () => {
    it("sends what follows the resume event inside its commit and after it, and nothing before", async () => {
      const { store, clock, tick, write } = setUp();
      await write("a");
      await write("b1", "b2", "b3");
      await write("c");
      const all = (await store.readAll()).events;
      const b2 = all.find((e) => e.data.text === "b2")!;
      const feed = await openLiveFeed(store, { resume: parseResumePoint(messageId(b2), "Last-Event-ID") }, clock);
      expect(texts(feed.initial)).toEqual(["b3", "c"]);
      tick(OVERLAP_MS * 2);
      await write("d");
      expect(texts(await feed.poll())).toEqual(["d"]);
      tick(OVERLAP_MS * 2);
      expect(await feed.poll()).toEqual([]);
    });

    it("skips the whole commit of a bare position", async () => {
      const { store, clock, write } = setUp();
      const { position } = await write("a1", "a2");
      await write("b");
      const feed = await openLiveFeed(store, { resume: { position, eventId: undefined } }, clock);
      expect(texts(feed.initial)).toEqual(["b"]);
    });
  });
});
