/**
 * The process's one live-feed reader: however many members, one read of the store per poll; each member gets the
 * events its filter accepts; polling starts with the first member and stops with the last.
 */
import { describe, expect, it, vi } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import type { RecordedEvent } from "@/lib/event-store/types";
import { createLiveHub, everyEvent, type HubListener, type LiveHub } from "@/lib/http/live/live-hub";
import { instrumentStore } from "@/tests/support/instrumented-store";

function setUp(pollMs: number | "manual" = "manual") {
  const instrumented = instrumentStore(createInMemoryEventStore());
  const hub = createLiveHub(instrumented.store, { pollMs });
  const write = (streamId: string, ...texts: string[]) =>
    instrumented.store.appendToStream(
      streamId,
      texts.map((text) => ({ type: "NoteWritten", data: { text } })),
    );
  return { ...instrumented, hub, write };
}

function collector() {
  const received: RecordedEvent[] = [];
  const failures: unknown[] = [];
  const listener: HubListener = {
    deliver: (events) => received.push(...events),
    pollFailed: (error) => failures.push(error),
  };
  return { listener, received, failures, texts: () => received.map((e) => e.data.text) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function joinMany(hub: LiveHub, count: number) {
  const members = Array.from({ length: count }, () => collector());
  const memberships = await Promise.all(members.map((m) => hub.join(everyEvent, m.listener)));
  return { members, leaveAll: () => memberships.forEach((m) => m.leave()) };
}

describe("the live hub", () => {
  describe("with many members", () => {
    it("reads the store once per poll, whatever their number, and gives every member every new event", async () => {
      const { hub, write, counts } = setUp();
      await write("s", "before");
      const { members, leaveAll } = await joinMany(hub, 200);
      expect(counts.readAll).toBe(1); // the window's seed, once for all 200
      for (let round = 0; round < 10; round += 1) {
        await write(`s-${round}`, `e${round}`);
        await hub.poll();
      }
      expect(counts.readAll).toBe(11);
      const expected = Array.from({ length: 10 }, (_, round) => `e${round}`);
      for (const member of members) expect(member.texts()).toEqual(expected);
      leaveAll();
    });

    it("hands every member that takes a whole poll the very same array, so it can be encoded once", async () => {
      const { hub, write } = setUp();
      const batches: (readonly RecordedEvent[])[] = [];
      const listener: HubListener = { deliver: (events) => batches.push(events), pollFailed: () => {} };
      const first = await hub.join(everyEvent, listener);
      const second = await hub.join(everyEvent, listener);
      await write("s", "a", "b");
      await hub.poll();
      expect(batches).toHaveLength(2);
      expect(batches[0]).toBe(batches[1]);
      first.leave();
      second.leave();
    });
  });

  it("gives each member only the events its filter accepts", async () => {
    const { hub, write } = setUp();
    const mine = collector();
    const theirs = collector();
    const all = collector();
    const memberships = [
      await hub.join((event) => event.streamId.startsWith("mine-"), mine.listener),
      await hub.join((event) => event.streamId.startsWith("theirs-"), theirs.listener),
      await hub.join(everyEvent, all.listener),
    ];
    await write("mine-1", "m1");
    await write("theirs-1", "t1");
    await write("mine-2", "m2");
    await hub.poll();
    expect(mine.texts()).toEqual(["m1", "m2"]);
    expect(theirs.texts()).toEqual(["t1"]);
    expect(all.texts()).toEqual(["m1", "t1", "m2"]);
    memberships.forEach((m) => m.leave());
  });

  it("keeps serving the others when one member throws", async () => {
    const { hub, write } = setUp();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const good = collector();
    const bad = await hub.join(everyEvent, {
      deliver: () => {
        throw new Error("broken member");
      },
      pollFailed: () => {},
    });
    const ok = await hub.join(everyEvent, good.listener);
    await write("s", "a");
    await hub.poll();
    expect(good.texts()).toEqual(["a"]);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    bad.leave();
    ok.leave();
  });

  it("tells members a poll failed, and the next poll brings what it missed", async () => {
    const { hub, write, failNextRead } = setUp();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const member = collector();
    const membership = await hub.join(everyEvent, member.listener);
    await write("s", "a");
    failNextRead(new Error("store away"));
    await hub.poll();
    expect(member.failures).toHaveLength(1);
    expect(member.received).toEqual([]);
    await hub.poll();
    expect(member.texts()).toEqual(["a"]);
    errors.mockRestore();
    membership.leave();
  });

  describe("over its life", () => {
    it("starts polling on the first join, stops when the last member leaves, and starts again on the next join", async () => {
      const { hub, write, counts } = setUp(10);
      expect(hub.running).toBe(false);
      await pause(50);
      expect(counts.readAll).toBe(0);

      const { members, leaveAll } = await joinMany(hub, 3);
      expect(hub.running).toBe(true);
      await write("s", "a");
      await vi.waitFor(() => expect(members[2]!.texts()).toEqual(["a"]));
      const polls = counts.readAll;
      await pause(50);
      expect(counts.readAll).toBeGreaterThan(polls); // still polling while members stay

      leaveAll();
      expect(hub.members).toBe(0);
      expect(hub.running).toBe(false);
      await pause(20); // a poll in flight may finish
      const afterLeaving = counts.readAll;
      await pause(100);
      expect(counts.readAll).toBe(afterLeaving);

      const again = collector();
      const membership = await hub.join(everyEvent, again.listener);
      await write("s", "b");
      await vi.waitFor(() => expect(again.texts()).toEqual(["b"]));
      membership.leave();
    });

    it("lets a join fail when the window cannot open, and opens it anew on the next join", async () => {
      const { hub, write, failNextRead } = setUp();
      failNextRead(new Error("store away"));
      await expect(hub.join(everyEvent, collector().listener)).rejects.toThrow("store away");
      expect(hub.running).toBe(false);
      expect(hub.members).toBe(0);
      const member = collector();
      const membership = await hub.join(everyEvent, member.listener);
      await write("s", "a");
      await hub.poll();
      expect(member.texts()).toEqual(["a"]);
      membership.leave();
    });
  });
});
