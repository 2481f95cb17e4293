import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { commitToItem, feedKeyOf } from "@/lib/event-store/dynamodb/items";
import { prepareAppend } from "@/lib/event-store/validation";
import { api, bodyOf } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";
import { readSse } from "@/tests/integration/http/sse-reader";
import { app } from "@/lib/server/app";

interface Recorded {
  id: string;
  streamId: string;
  revision: number;
  position: string;
  data: { text: string };
}

/** Long enough for several polls (400 ms) and, when needed, the overlap window to move. */
const SETTLE_MS = 2_500;

function connect(query = "", headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const opened = api(`/api/events/live${query}`, { headers, signal: controller.signal }).then((result) => {
    expect(result.status).toBe(200);
    expect(result.contentType).toBe("text/event-stream");
    return readSse(result.response);
  });
  return { opened, disconnect: () => controller.abort() };
}

const textsOf = (events: { event: Recorded }[], streamId: string) =>
  events.filter((e) => e.event.streamId === streamId).map((e) => e.event.data.text);

async function appendNotes(streamId: string, ...texts: string[]) {
  const result = await api(`/api/streams/${streamId}`, { method: "POST", body: { events: texts.map((t) => note(t)) } });
  expect(result.status).toBe(201);
  return bodyOf(result);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("GET /api/events/live", () => {
  it("sends an event appended after connecting as an SSE `recorded` message whose id is position|event id", async () => {
    const streamId = newStreamId("live");
    const { opened, disconnect } = connect();
    const feed = await opened;
    expect(feed.messages[0]).toMatchObject({ retry: expect.stringMatching(/^\d+$/) });
    await appendNotes(streamId, "hello");
    await feed.waitUntil(() => textsOf(feed.events<Recorded>(), streamId).length === 1, 5_000, "the appended event");
    const [message] = feed.events<Recorded>().filter((e) => e.event.streamId === streamId);
    expect(message!.id).toBe(`${message!.event.position}|${message!.event.id}`);
    expect(message!.event).toMatchObject({ streamId, revision: 1, type: "NoteWritten", data: { text: "hello" } });

    disconnect();
    await feed.waitUntil(() => feed.ended, 2_000, "the stream to end after the client went away");
  });

  it("starts now without a resume point, and sends the newest N first with ?backfill=N", async () => {
    const streamId = newStreamId("live");
    await appendNotes(streamId, "old 1", "old 2");
    await appendNotes(streamId, "old 3");
    const now = connect();
    const backfilled = connect("?backfill=2");
    const [fromNow, withBackfill] = await Promise.all([now.opened, backfilled.opened]);
    await appendNotes(streamId, "new");
    for (const feed of [fromNow, withBackfill])
      await feed.waitUntil(() => textsOf(feed.events(), streamId).includes("new"), 5_000, "the new event");
    await pause(SETTLE_MS);
    expect(textsOf(fromNow.events(), streamId)).toEqual(["new"]);
    expect(textsOf(withBackfill.events(), streamId)).toEqual(["old 2", "old 3", "new"]);
    now.disconnect();
    backfilled.disconnect();
  });

  it("resumes after Last-Event-ID, even inside a commit, with exactly the events after it and none twice", async () => {
    const streamId = newStreamId("live");
    const first = connect();
    const before = await first.opened;
    await appendNotes(streamId, "a1");
    await appendNotes(streamId, "b1", "b2", "b3");
    await before.waitUntil(() => textsOf(before.events(), streamId).length === 4, 5_000, "the first four events");
    first.disconnect();
    const lastSeen = before.events<Recorded>().find((e) => e.event.data.text === "b2")!;

    await appendNotes(streamId, "c1");
    await appendNotes(streamId, "d1", "d2");
    const resumed = connect("", { "Last-Event-ID": lastSeen.id });
    const feed = await resumed.opened;
    await feed.waitUntil(() => textsOf(feed.events(), streamId).length >= 4, 5_000, "the events after b2");
    await appendNotes(streamId, "e1");
    // Long enough for the overlap window to re-read everything above more than once.
    await pause(SETTLE_MS * 2);
    expect(textsOf(feed.events(), streamId)).toEqual(["b3", "c1", "d1", "d2", "e1"]);
    const ids = feed.events<Recorded>().map((e) => e.event.id);
    expect(new Set(ids).size).toBe(ids.length);
    resumed.disconnect();
  });

  it("resumes after a bare position with ?after=, skipping that whole commit", async () => {
    const streamId = newStreamId("live");
    await appendNotes(streamId, "a1", "a2");
    const { position } = await appendNotes(streamId, "b1", "b2");
    await appendNotes(streamId, "c1");
    const resumed = connect(`?after=${encodeURIComponent(String(position))}`);
    const feed = await resumed.opened;
    await pause(SETTLE_MS);
    expect(textsOf(feed.events(), streamId)).toEqual(["c1"]);
    resumed.disconnect();
  });

  it("sends, once, a commit that shows up late with a position before events already sent", async () => {
    const streamId = newStreamId("live");
    const lateStreamId = newStreamId("late");
    const live = connect();
    const feed = await live.opened;
    await appendNotes(streamId, "on time");
    await feed.waitUntil(() => textsOf(feed.events(), streamId).length === 1, 5_000, "the on-time event");

    // Another writer whose clock runs a second behind: its commit sorts before the one already sent.
    const recordedAt = new Date(Date.now() - 1_000).toISOString();
    const { dynamo: client, tableName } = app();
    const item = commitToItem({
      kind: "commit",
      streamId: lateStreamId,
      firstRevision: 1,
      lastRevision: 1,
      recordedAt,
      feedKey: feedKeyOf(recordedAt, 0, lateStreamId, 1),
      events: prepareAppend(lateStreamId, [note("late")]),
    });
    await client.send(new PutItemCommand({ TableName: tableName, Item: item }));

    await feed.waitUntil(() => textsOf(feed.events(), lateStreamId).length === 1, 5_000, "the late event");
    await pause(SETTLE_MS);
    expect(textsOf(feed.events(), lateStreamId)).toEqual(["late"]);
    expect(textsOf(feed.events(), streamId)).toEqual(["on time"]);
    live.disconnect();
  });

  it("answers 400 for a resume point that cannot be one, and for unknown parameters", async () => {
    const broken = await api("/api/events/live?after=%0Aabc");
    expect(broken.status).toBe(400);
    expect(bodyOf(broken)).toMatchObject({ code: "invalid_last_event_id" });
    const tooLong = await api(`/api/events/live?after=${"a".repeat(1500)}`);
    expect(tooLong.status).toBe(400);
    expect(bodyOf(tooLong)).toMatchObject({
      code: "invalid_last_event_id",
      errors: [{ path: "after", message: expect.stringContaining("1500 bytes") }],
    });
    const { position } = await appendNotes(newStreamId("live"), "x");
    for (const [header, reason] of [
      ["a".repeat(3000), "3000 bytes"],
      [String(position), "is not the id of a message of this feed"],
      [`${"é".repeat(100)}|0b6e1c52-7d0a-4b53-9f3a-0a4c7b0e9d11`, "is not a position"],
    ]) {
      const refused = await api("/api/events/live", { headers: { "Last-Event-ID": header! } });
      expect(refused.status, reason).toBe(400);
      expect(bodyOf(refused), reason).toMatchObject({
        code: "invalid_last_event_id",
        errors: [{ path: "Last-Event-ID", message: expect.stringContaining(reason!) }],
      });
    }
    expect(bodyOf(await api("/api/events/live?backfill=-1"))).toMatchObject({ status: 400, code: "invalid_query" });
    expect(bodyOf(await api("/api/events/live?since=1"))).toMatchObject({ status: 400, code: "invalid_query" });
  });
});
