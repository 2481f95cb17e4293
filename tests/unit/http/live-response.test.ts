/**
 * The SSE response over a shared hub: a client that stops reading is cut off once too much waits for it, while
 * the others keep getting every event; a client that goes away leaves the hub.
 */
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import { createLiveHub, type LiveHub } from "@/lib/http/live/live-hub";
import { liveFeedResponse } from "@/lib/http/live/live-response";
import { openLiveSubscription } from "@/lib/http/live/live-subscription";

function setUp() {
  const store = createInMemoryEventStore();
  const hub = createLiveHub(store, { pollMs: "manual" });
  let n = 0;
  const writeBatch = (count: number) =>
    store.appendToStream(
      `s-${n}`,
      Array.from({ length: count }, () => ({ type: "NoteWritten", data: { text: `note ${(n += 1)}`.padEnd(150) } })),
    );
  return { hub, writeBatch };
}

async function connect(hub: LiveHub, maxQueuedBytes: number) {
  const controller = new AbortController();
  const subscription = await openLiveSubscription(hub, { backfill: 0 });
  const response = liveFeedResponse(subscription, controller.signal, { maxQueuedBytes });
  return { response, disconnect: () => controller.abort() };
}

/** Reads the whole body as it comes; `text` grows, `done` resolves at its end. */
function readAlong(response: Response) {
  const state = { text: "", ended: false };
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  const done = (async () => {
    for (;;) {
      const { done: finished, value } = await reader.read();
      if (finished) break;
      state.text += decoder.decode(value, { stream: true });
    }
    state.ended = true;
  })();
  return { state, done };
}

const notes = (text: string) => [...text.matchAll(/"text":"(note \d+)/g)].map((m) => m[1]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the live response", () => {
  it("ends a connection that stopped reading once too much waits for it, and keeps the others going", async () => {
    const { hub, writeBatch } = setUp();
    const fast = await connect(hub, 4096);
    const slow = await connect(hub, 4096);
    const fastBody = readAlong(fast.response);
    expect(hub.members).toBe(2);

    for (let round = 0; round < 20; round += 1) {
      await writeBatch(5);
      await hub.poll();
      await settle();
    }
    expect(hub.members).toBe(1);
    const all = Array.from({ length: 100 }, (_, i) => `note ${i + 1}`);
    expect(notes(fastBody.state.text)).toEqual(all);
    expect(fastBody.state.ended).toBe(false);

    // What was queued for the slow client still reaches it, then the body ends and an EventSource would reconnect.
    const slowBody = readAlong(slow.response);
    await slowBody.done;
    const got = notes(slowBody.state.text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(all.length);
    expect(got).toEqual(all.slice(0, got.length));
    expect(slowBody.state.text).toMatch(/: too far behind; reconnect to resume\n\n$/);

    fast.disconnect();
    await fastBody.done;
    expect(hub.members).toBe(0);
    expect(hub.running).toBe(false);
  });

  it("starts with the retry interval and leaves the hub when the client goes away or stops reading", async () => {
    const { hub } = setUp();
    const aborted = await connect(hub, 4096);
    const cancelled = await connect(hub, 4096);
    const body = readAlong(aborted.response);
    await settle();
    expect(body.state.text).toBe("retry: 1000\n\n");
    aborted.disconnect();
    await body.done;
    expect(hub.members).toBe(1);
    await cancelled.response.body!.cancel();
    expect(hub.members).toBe(0);
  });
});
