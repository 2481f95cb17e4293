import { describe, expect, it } from "vitest";
import { api, bodyOf } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";

async function streamOf(count: number): Promise<string> {
  const streamId = newStreamId();
  const events = Array.from({ length: count }, (_, i) => note(`n${i + 1}`));
  expect((await api(`/api/streams/${streamId}`, { method: "POST", body: { events } })).status).toBe(201);
  return streamId;
}

const revisions = (result: Awaited<ReturnType<typeof api>>) =>
  (bodyOf(result).events as { revision: number }[]).map((e) => e.revision);

describe("GET /api/streams/{streamId}", () => {
  it("returns the events with lastRevision, closed and next for paging forwards and backwards", async () => {
    const streamId = await streamOf(5);
    const first = await api(`/api/streams/${streamId}?limit=2`);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(revisions(first)).toEqual([1, 2]);
    expect(bodyOf(first)).toMatchObject({ streamId, lastRevision: 5, closed: false, next: 3 });
    const last = await api(`/api/streams/${streamId}?from=4&limit=10`);
    expect(revisions(last)).toEqual([4, 5]);
    expect(bodyOf(last).next).toBeNull();
    const backwards = await api(`/api/streams/${streamId}?direction=backwards&limit=3`);
    expect(revisions(backwards)).toEqual([5, 4, 3]);
    expect(bodyOf(backwards).next).toBe(2);
    const event = (bodyOf(first).events as Record<string, unknown>[])[0];
    expect(event).toMatchObject({
      streamId,
      revision: 1,
      type: "NoteWritten",
      data: { text: "n1" },
      metadata: {},
      schemaVersion: 1,
    });
  });

  it("answers 404 stream_not_found for a stream without events", async () => {
    const streamId = newStreamId();
    const missing = await api(`/api/streams/${streamId}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      type: "urn:ledgerline:problem:stream_not_found",
      title: "The stream does not exist",
      status: 404,
      detail: `Stream ${streamId} does not exist`,
      code: "stream_not_found",
      streamId,
    });
  });

  it("answers 400 for an invalid stream id and for unknown or invalid query parameters", async () => {
    expect(bodyOf(await api(`/api/streams/${encodeURIComponent("no spaces")}`))).toMatchObject({
      status: 400,
      code: "invalid_stream_id",
    });
    const streamId = await streamOf(1);
    for (const query of ["limit=0", "limit=many", "direction=sideways", "from=-2", "colour=red", "limit=1&limit=2"]) {
      const rejected = await api(`/api/streams/${streamId}?${query}`);
      expect(rejected.status, query).toBe(400);
      expect(bodyOf(rejected), query).toMatchObject({
        code: "invalid_query",
        errors: [expect.objectContaining({ message: expect.any(String) })],
      });
    }
  });
});

describe("GET /api/streams", () => {
  it("lists streams newest activity first, with revision, closed and last-event time, paged by cursor", async () => {
    const older = await streamOf(1);
    const newer = await streamOf(3);
    await api(`/api/streams/${newer}/close`, { method: "POST" });
    const first = await api("/api/streams?limit=1");
    expect(first.status).toBe(200);
    expect(bodyOf(first).streams).toEqual([
      { streamId: newer, revision: 3, closed: true, lastEventAt: expect.any(String) },
    ]);
    const second = await api(`/api/streams?limit=1&cursor=${encodeURIComponent(bodyOf(first).next as string)}`);
    expect(bodyOf(second).streams).toEqual([
      { streamId: older, revision: 1, closed: false, lastEventAt: expect.any(String) },
    ]);
  });

  it("answers 400 for an invalid limit", async () => {
    expect(bodyOf(await api("/api/streams?limit=abc"))).toMatchObject({
      status: 400,
      code: "invalid_query",
      errors: [{ path: "limit" }],
    });
  });

  it("answers 400 naming `cursor` for a cursor that is not a position", async () => {
    const rejected = await api(`/api/streams?cursor=${encodeURIComponent("é".repeat(600))}`);
    expect(rejected.status).toBe(400);
    expect(bodyOf(rejected)).toMatchObject({
      code: "invalid_query",
      errors: [{ path: "cursor", message: "takes 1200 bytes; a position takes at most 256" }],
    });
  });
});

describe("GET /api/events", () => {
  it("pages through the all-events feed from a position, forwards and backwards, with next", async () => {
    const streamId = newStreamId();
    await api(`/api/streams/${streamId}`, { method: "POST", body: { events: [note("one")] } });
    await api(`/api/streams/${streamId}`, { method: "POST", body: { events: [note("two"), note("three")] } });
    const newest = await api("/api/events?direction=backwards&limit=3");
    expect(newest.status).toBe(200);
    const events = bodyOf(newest).events as { streamId: string; revision: number; position: string }[];
    expect(events.map((e) => [e.streamId, e.revision])).toEqual([
      [streamId, 3],
      [streamId, 2],
      [streamId, 1],
    ]);
    expect(bodyOf(newest).next).toBe(events[2]!.position);
    const rest = await api(`/api/events?from=${encodeURIComponent(events[2]!.position)}&limit=1`);
    // Pages end on commit boundaries: asking for one event returns the whole two-event commit.
    expect(revisions(rest)).toEqual([2, 3]);
    // A full page may end exactly at the feed's end; `next` then leads to an empty page whose next is null.
    const next = bodyOf(rest).next;
    const end = next === null ? rest : await api(`/api/events?from=${encodeURIComponent(next as string)}`);
    expect(bodyOf(end)).toEqual({ events: [], next: null });
  });

  it("answers 400 for unknown parameters", async () => {
    expect(bodyOf(await api("/api/events?after=1"))).toMatchObject({ status: 400, code: "invalid_query" });
  });

  it("answers 400 naming `from` for a position too long in bytes or not shaped like one, before the store sees it", async () => {
    for (const from of ["é".repeat(600), "x".repeat(1024), "not-a-position"]) {
      const rejected = await api(`/api/events?from=${encodeURIComponent(from)}`);
      expect(rejected.status, from.slice(0, 10)).toBe(400);
      expect(rejected.contentType).toBe("application/problem+json");
      expect(bodyOf(rejected)).toMatchObject({
        code: "invalid_query",
        errors: [{ path: "from", message: expect.any(String) }],
      });
    }
    expect(bodyOf(await api(`/api/events?from=${encodeURIComponent("é".repeat(600))}`)).detail).toBe(
      "from: takes 1200 bytes; a position takes at most 256",
    );
  });
});
