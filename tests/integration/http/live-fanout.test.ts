/**
 * The live feed's fan-out against DynamoDB Local: many SSE connections on one hub read the store once per poll;
 * a chain of reconnects under a steady stream of appends loses and repeats nothing; a client that stops reading
 * is cut off without holding up the others; the last one to leave stops the reads.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import type { RecordedEvent } from "@/lib/event-store/types";
import { createLiveHub, POLL_MS, type LiveHub } from "@/lib/http/live/live-hub";
import { liveFeedResponse, MAX_QUEUED_BYTES } from "@/lib/http/live/live-response";
import { openLiveSubscription, type LiveFeedStart } from "@/lib/http/live/live-subscription";
import { parseResumePoint } from "@/lib/http/live/resume-point";
import { newStreamId, note } from "@/tests/integration/http/fixtures";
import { readSse } from "@/tests/integration/http/sse-reader";
import { instrumentStore } from "@/tests/support/instrumented-store";
import { useTestStores } from "@/tests/support/test-stores";

const stores = useTestStores("live-fanout");
let instrumented: ReturnType<typeof instrumentStore>;

beforeAll(() => {
  // A store object of its own on the test's table, so its reads are counted apart from anything else.
  instrumented = instrumentStore(createDynamoEventStore({ client: stores.dynamo, tableName: stores.tableName }));
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connect(hub: LiveHub, start: LiveFeedStart = { backfill: 0 }) {
  const controller = new AbortController();
  const subscription = await openLiveSubscription(hub, start);
  const feed = readSse(liveFeedResponse(subscription, controller.signal));
  const events = () => feed.events<RecordedEvent>();
  return { feed, events, disconnect: () => controller.abort() };
}

const append = async (streamId: string, text: string) =>
  (await instrumented.store.appendToStream(streamId, [note(text)])).events;

describe("the live feed's fan-out on DynamoDB", () => {
  it("serves 50 connections with one read of the store per poll, each getting every event once", async () => {
    const hub = createLiveHub(instrumented.store);
    const connections = await Promise.all(Array.from({ length: 50 }, () => connect(hub)));
    const streamId = newStreamId("fanout");

    const readsBefore = instrumented.counts.readAll;
    const pollsBefore = hub.pollsStarted;
    const startedAt = Date.now();
    const written: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      written.push(...(await append(streamId, `n${i}`)).map((e) => e.id));
      await pause(150);
    }
    for (const connection of connections)
      await connection.feed.waitUntil(
        () => connection.events().filter((e) => e.event.streamId === streamId).length >= 10,
        5_000,
        "every event on every connection",
      );
    const reads = instrumented.counts.readAll - readsBefore;
    const polls = hub.pollsStarted - pollsBefore;
    const elapsed = Date.now() - startedAt;

    // One Query per poll, sometimes a second (a page ending exactly at the end still carries a position).
    expect(polls).toBeLessThanOrEqual(Math.ceil(elapsed / POLL_MS) + 1);
    expect(reads).toBeLessThanOrEqual(2 * polls);
    for (const connection of connections)
      expect(
        connection
          .events()
          .filter((e) => e.event.streamId === streamId)
          .map((e) => e.event.id),
      ).toEqual(written);
    connections.forEach((c) => c.disconnect());
  });

  it("loses and repeats nothing across reconnects that resume while appends keep coming", async () => {
    const hub = createLiveHub(instrumented.store);
    const bystander = await connect(hub); // other tabs keep the hub running
    const written: RecordedEvent[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n += 1) written.push(...(await append(newStreamId("resume"), `w${n}`)));
    })();

    await pause(300);
    const visibleBefore = written.length;
    let start: LiveFeedStart = { backfill: 0 };
    const chain = [await connect(hub, start)];
    for (let hop = 0; hop < 6; hop += 1) {
      await pause(150 + ((hop * 97) % 300));
      const previous = chain.at(-1)!;
      previous.disconnect();
      await previous.feed.finished;
      const last = previous.events().at(-1);
      // What an EventSource does: reconnect with the id of the last message it got, as Last-Event-ID.
      if (last) start = { resume: parseResumePoint(last.id, "Last-Event-ID") };
      chain.push(await connect(hub, start));
    }
    await pause(300);
    writing = false;
    await writer;
    const lastWritten = written.at(-1)!;
    const final = chain.at(-1)!;
    await final.feed.waitUntil(
      () => final.events().some((e) => e.event.id === lastWritten.id),
      5_000,
      "the last event written",
    );
    await pause(2 * POLL_MS);

    const received = chain.flatMap((c) => c.events()).map((e) => e.event.id);
    expect(new Set(received).size).toBe(received.length);
    const first = written.findIndex((e) => e.id === received[0]);
    expect(first).toBeGreaterThanOrEqual(visibleBefore);
    expect(received).toEqual(written.slice(first).map((e) => e.id));
    expect(received.length).toBeGreaterThan(50);
    final.disconnect();
    bystander.disconnect();
  });

  it("cuts off a connection that stopped reading once it is too far behind, without holding up the others", async () => {
    const hub = createLiveHub(instrumented.store);
    const fast = await connect(hub);
    const controller = new AbortController();
    const slowResponse = liveFeedResponse(await openLiveSubscription(hub, { backfill: 0 }), controller.signal);
    const streamId = newStreamId("slow");
    const big = "x".repeat(100_000);
    const count = Math.ceil(MAX_QUEUED_BYTES / big.length) + 2;
    for (let i = 0; i < count; i += 1) {
      await instrumented.store.appendToStream(streamId, [note(`${i}:${big}`)]);
      await fast.feed.waitUntil(
        () => fast.events().filter((e) => e.event.streamId === streamId).length === i + 1,
        5_000,
        `event ${i} on the fast connection`,
      );
    }
    expect(hub.members).toBe(1);

    const slow = readSse(slowResponse);
    await slow.finished;
    const got = slow.events<RecordedEvent>().map((e) => e.event.id);
    const all = fast.events().map((e) => e.event.id);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(count);
    expect(got).toEqual(all.slice(0, got.length));
    expect(slow.messages.at(-1)).toMatchObject({ comment: "too far behind; reconnect to resume" });
    fast.disconnect();
  });

  it("stops reading the store when the last connection closes, and starts again with the next", async () => {
    const hub = createLiveHub(instrumented.store);
    const connections = await Promise.all([connect(hub), connect(hub), connect(hub)]);
    await pause(3 * POLL_MS);
    connections.forEach((c) => c.disconnect());
    await Promise.all(connections.map((c) => c.feed.finished));
    expect(hub.running).toBe(false);
    await pause(POLL_MS); // a read in flight may end
    const reads = instrumented.counts.readAll;
    await pause(4 * POLL_MS);
    expect(instrumented.counts.readAll).toBe(reads);

    const again = await connect(hub);
    const streamId = newStreamId("again");
    await append(streamId, "back");
    await again.feed.waitUntil(() => again.events().some((e) => e.event.streamId === streamId), 5_000, "the event");
    again.disconnect();
  });
});
