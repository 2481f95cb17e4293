import { describe, expect, it } from "vitest";
import { api, bodyOf } from "@/tests/integration/http/api-client";
import { newStreamId, note, withId } from "@/tests/integration/http/fixtures";

const append = (streamId: string, events: unknown[], headers: Record<string, string> = {}) =>
  api(`/api/streams/${streamId}`, { method: "POST", body: { events }, headers });

describe("POST /api/streams/{streamId}", () => {
  it("stores the events and answers 201 with their revisions, position and a Location", async () => {
    const streamId = newStreamId();
    const created = await append(streamId, [note("one"), note("two")], { "Expected-Revision": "no-stream" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      streamId,
      firstRevision: 1,
      nextExpectedRevision: 2,
      position: expect.any(String),
      alreadyStored: false,
    });
    expect(created.headers.get("location")).toBe(`/api/streams/${streamId}?from=1`);

    const next = await append(streamId, [note("three")], { "Expected-Revision": "2" });
    expect(next.status).toBe(201);
    expect(bodyOf(next)).toMatchObject({ firstRevision: 3, nextExpectedRevision: 3 });

    const read = await api(`/api/streams/${streamId}`);
    expect((bodyOf(read).events as { data: unknown }[]).map((e) => e.data)).toEqual([
      { text: "one" },
      { text: "two" },
      { text: "three" },
    ]);
  });

  it("appends without a header as Expected-Revision: any, and `exists` needs the stream", async () => {
    const streamId = newStreamId();
    const missing = await append(streamId, [note("x")], { "Expected-Revision": "exists" });
    expect(missing.status).toBe(409);
    expect(bodyOf(missing)).toMatchObject({ code: "wrong_expected_revision", expected: "exists", actual: "no-stream" });
    expect((await append(streamId, [note("a")])).status).toBe(201);
    expect((await append(streamId, [note("b")], { "Expected-Revision": "any" })).status).toBe(201);
    expect(bodyOf(await append(streamId, [note("c")], { "Expected-Revision": "exists" }))).toMatchObject({
      firstRevision: 3,
    });
  });

  it("gives back every number exactly as it was sent when JSON can keep it", async () => {
    const streamId = newStreamId();
    const data =
      '{"max":9007199254740991,"min":-9007199254740991,"tenth":0.1,"tiny":1.5e-300,"third":0.3333333333333333,"nested":[{"x":-2.5}]}';
    const created = await api(`/api/streams/${streamId}`, {
      method: "POST",
      body: `{"events":[{"type":"NoteWritten","data":${data}}]}`,
      headers: { "Content-Type": "application/json" },
    });
    expect(created.status).toBe(201);
    const [event] = bodyOf(await api(`/api/streams/${streamId}`)).events as { data: unknown }[];
    expect(JSON.stringify(event!.data)).toBe(data);
  });

  it("answers a retry with the same event ids with 200 and alreadyStored, storing nothing twice", async () => {
    const streamId = newStreamId();
    const events = [withId("one"), withId("two")];
    const first = await append(streamId, events, { "Expected-Revision": "no-stream" });
    const retry = await append(streamId, events, { "Expected-Revision": "no-stream" });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ ...bodyOf(first), alreadyStored: true });
    expect(bodyOf(await api(`/api/streams/${streamId}`)).lastRevision).toBe(2);
  });

  it("answers 409 with the expected and actual revision when the stream moved on, and stores nothing", async () => {
    const streamId = newStreamId();
    await append(streamId, [note("one"), note("two")]);
    const conflict = await append(streamId, [note("late")], { "Expected-Revision": "1" });
    expect(conflict.status).toBe(409);
    expect(conflict.contentType).toBe("application/problem+json");
    expect(conflict.body).toEqual({
      type: "urn:ledgerline:problem:wrong_expected_revision",
      title: "The stream is not at the expected revision",
      status: 409,
      detail: expect.stringContaining("expected revision 1"),
      code: "wrong_expected_revision",
      streamId,
      expected: 1,
      actual: 2,
    });
    const created = await append(streamId, [note("again")], { "Expected-Revision": "no-stream" });
    expect(bodyOf(created)).toMatchObject({ code: "wrong_expected_revision", expected: "no-stream", actual: 2 });
    expect(bodyOf(await api(`/api/streams/${streamId}`)).lastRevision).toBe(2);
  });

  it("lets exactly one of two concurrent appends expecting the same revision win", async () => {
    const streamId = newStreamId();
    await append(streamId, [note("start")]);
    const [a, b] = await Promise.all([
      append(streamId, [note("from a")], { "Expected-Revision": "1" }),
      append(streamId, [note("from b")], { "Expected-Revision": "1" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(bodyOf(loser)).toMatchObject({ code: "wrong_expected_revision", expected: 1, actual: 2 });
    const read = bodyOf(await api(`/api/streams/${streamId}`));
    expect(read.lastRevision).toBe(2);
    expect((read.events as unknown[]).length).toBe(2);
  });

  it("rejects an Expected-Revision it does not understand with 400, storing nothing", async () => {
    const streamId = newStreamId();
    for (const value of ["no_stream", "-1", "1.5", "latest"]) {
      const rejected = await append(streamId, [note("x")], { "Expected-Revision": value });
      expect(rejected.status).toBe(400);
      expect(bodyOf(rejected)).toMatchObject({
        code: "invalid_expected_revision",
        detail: expect.stringContaining(value),
      });
    }
    expect((await api(`/api/streams/${streamId}`)).status).toBe(404);
  });
});
