/**
 * The live feed's shared window on the in-memory store with a controlled clock: what the HTTP test cannot wait
 * for (many overlap windows passing) in milliseconds. Hidden events stand for commits that become visible late.
 */
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import type { RecordedEvent } from "@/lib/event-store/types";
import { OVERLAP_MS, openFeedWindow } from "@/lib/http/live/live-feed";
import { instrumentStore } from "@/tests/support/instrumented-store";

const texts = (events: RecordedEvent[]) => events.map((e) => e.data.text);

function setUp() {
  const { store, hidden } = instrumentStore(createInMemoryEventStore());
  let now = 1_000_000;
  const clock = () => now;
  const tick = (ms: number) => (now += ms);
  const write = async (...items: string[]) =>
    (
      await store.appendToStream(
        "s",
        items.map((text) => ({ type: "NoteWritten", data: { text } })),
      )
    ).events;
  return { store, hidden, clock, tick, write };
}

describe("the live feed's window", () => {
  it("returns only events written after it opened, each once, however many overlap windows pass", async () => {
    const { store, clock, tick, write } = setUp();
    await write("before");
    const window = await openFeedWindow(store, clock);
    const sent: RecordedEvent[] = [];
    for (let round = 0; round < 20; round += 1) {
      if (round % 3 === 0) await write(`r${round}a`, `r${round}b`);
      tick(OVERLAP_MS / 3);
      sent.push(...(await window.read()));
    }
    expect(texts(sent)).toEqual([0, 3, 6, 9, 12, 15, 18].flatMap((round) => [`r${round}a`, `r${round}b`]));
  });

  it("returns, once, an event that becomes visible after later ones, while it is within the overlap window", async () => {
    const { store, hidden, clock, tick, write } = setUp();
    const window = await openFeedWindow(store, clock);
    const [late] = await write("late");
    hidden.add(late!.id);
    await write("on time");
    expect(texts(await window.read())).toEqual(["on time"]);
    tick(OVERLAP_MS / 2);
    hidden.delete(late!.id);
    expect(texts(await window.read())).toEqual(["late"]);
    tick(OVERLAP_MS * 2);
    expect(await window.read()).toEqual([]);
  });

  it("misses an event that becomes visible after the window has moved past its position (the documented caveat)", async () => {
    const { store, hidden, clock, tick, write } = setUp();
    const window = await openFeedWindow(store, clock);
    const [late] = await write("too late");
    hidden.add(late!.id);
    await write("on time");
    expect(texts(await window.read())).toEqual(["on time"]);
    tick(OVERLAP_MS + 1);
    await write("next");
    expect(texts(await window.read())).toEqual(["next"]);
    hidden.delete(late!.id);
    expect(await window.read()).toEqual([]);
  });
});
