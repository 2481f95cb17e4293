import { afterEach, describe, expect, it } from "vitest";
import { api, bodyOf } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";

let streamId = newStreamId();

const post = (body: unknown, headers: Record<string, string> = {}) =>
  api(`/api/streams/${streamId}`, { method: "POST", body, headers });

afterEach(async () => {
  // Whatever was rejected, nothing of it may have been stored.
  expect((await api(`/api/streams/${streamId}`)).status).toBe(404);
  streamId = newStreamId();
});

describe("POST /api/streams/{streamId} rejects a bad request and stores nothing", () => {
  it("answers 400 malformed_json for a body that is not JSON", async () => {
    const rejected = await post('{"events": [', { "Content-Type": "application/json" });
    expect(rejected.status).toBe(400);
    expect(rejected.contentType).toBe("application/problem+json");
    expect(bodyOf(rejected)).toMatchObject({
      code: "malformed_json",
      detail: expect.stringMatching(/^The request body is not valid JSON: /),
    });
    expect(bodyOf(await post("", { "Content-Type": "application/json" }))).toMatchObject({
      code: "malformed_json",
      detail: "The request body is empty",
    });
  });

  it("answers 415 when the body is not declared as JSON", async () => {
    const rejected = await post(JSON.stringify({ events: [note("x")] }), { "Content-Type": "text/plain" });
    expect(rejected.status).toBe(415);
    expect(bodyOf(rejected)).toMatchObject({
      code: "unsupported_media_type",
      detail: expect.stringContaining("application/json"),
    });
  });

  it("answers 413 body_too_large when Content-Length announces more than 512 KiB, before reading", async () => {
    const rejected = await post(JSON.stringify({ events: [note("small")] }), {
      "Content-Type": "application/json",
      "Content-Length": String(600 * 1024),
    });
    expect(rejected.status).toBe(413);
    expect(bodyOf(rejected)).toMatchObject({ code: "body_too_large", size: 600 * 1024, limit: 512 * 1024 });
  });

  it("answers 413 body_too_large when the bytes received pass 512 KiB without a Content-Length", async () => {
    const huge = JSON.stringify({ events: [note("x".repeat(600 * 1024))] });
    const rejected = await post(huge, { "Content-Type": "application/json" });
    expect(rejected.status).toBe(413);
    expect(bodyOf(rejected)).toMatchObject({ code: "body_too_large", limit: 512 * 1024 });
  });

  it("answers 413 event_too_large for an event over the store's limit that fits in a request", async () => {
    const rejected = await post({ events: [note("ok"), note("x".repeat(400 * 1024))] });
    expect(rejected.status).toBe(413);
    expect(bodyOf(rejected)).toMatchObject({ code: "event_too_large", index: 1, limit: 380 * 1024 });
  });

  it("answers 422 invalid_event naming the event and field for a value the store refuses", async () => {
    const badType = await post({ events: [note("ok"), { type: "has spaces", data: {} }] });
    expect(badType.status).toBe(422);
    expect(bodyOf(badType)).toMatchObject({ code: "invalid_event", index: 1, field: "type" });
    const badId = await post({ events: [note("ok", { id: "not-a-uuid" })] });
    expect(bodyOf(badId)).toMatchObject({ code: "invalid_event", index: 0, field: "id" });
  });

  it("answers 422 invalid_event for a wrongly shaped or unknown field inside an event", async () => {
    const arrayData = await post({ events: [{ type: "NoteWritten", data: [1, 2] }] });
    expect(arrayData.status).toBe(422);
    expect(bodyOf(arrayData)).toMatchObject({ code: "invalid_event", index: 0, field: "data" });
    const unknown = await post({ events: [note("ok"), note("ok", { colour: "red" })] });
    expect(bodyOf(unknown)).toMatchObject({
      code: "invalid_event",
      index: 1,
      field: "colour",
      detail: expect.stringContaining("colour"),
    });
  });

  it("answers 422 invalid_body for a body that is not {events: [...]}", async () => {
    const single = await post(note("a single event is not accepted"));
    expect(single.status).toBe(422);
    expect(bodyOf(single)).toMatchObject({
      code: "invalid_body",
      errors: expect.arrayContaining([expect.objectContaining({ path: "events" })]),
    });
    const extra = await post({ events: [note("x")], expectedRevision: 3 });
    expect(bodyOf(extra)).toMatchObject({ code: "invalid_body", detail: expect.stringContaining("expectedRevision") });
  });

  it("answers 422 invalid_body naming the path of each number JSON would not keep exactly", async () => {
    const numbers = ["9007199254740993", "1e400", "-0", "0.1000000000000000000001", "1e-400"];
    const body = `{"events":[{"type":"NoteWritten","data":{"ok":0.1,"amounts":[${numbers.join(",")}]},"metadata":{"big":-9007199254740992}}]}`;
    const rejected = await post(body, { "Content-Type": "application/json" });
    expect(rejected.status).toBe(422);
    expect(rejected.contentType).toBe("application/problem+json");
    expect(bodyOf(rejected)).toMatchObject({
      code: "invalid_body",
      detail: expect.stringContaining("events[0].data.amounts[0]: 9007199254740993 is beyond"),
      errors: [
        ...numbers.map((_, i) => ({ path: `events[0].data.amounts[${i}]`, message: expect.any(String) })),
        { path: "events[0].metadata.big", message: expect.any(String) },
      ],
    });
  });

  it("answers 422 invalid_body naming each __proto__ key and each key given twice with different values", async () => {
    const body =
      '{"events":[{"type":"NoteWritten","data":{"__proto__":{"admin":true},"a":1,"a":2},"metadata":{"x":{"__proto__":1}}}]}';
    const rejected = await post(body, { "Content-Type": "application/json" });
    expect(rejected.status).toBe(422);
    expect(bodyOf(rejected)).toMatchObject({
      code: "invalid_body",
      errors: [
        { path: "events[0].data.__proto__", message: expect.stringContaining("__proto__") },
        { path: "events[0].data.a", message: expect.stringContaining("more than once") },
        { path: "events[0].metadata.x.__proto__", message: expect.any(String) },
      ],
    });
  });

  it("answers 400 invalid_expected_revision naming the header when Expected-Revision is empty", async () => {
    const rejected = await post({ events: [note("x")] }, { "Expected-Revision": "" });
    expect(rejected.status).toBe(400);
    expect(bodyOf(rejected)).toMatchObject({
      code: "invalid_expected_revision",
      detail: 'Expected-Revision: "" is not any, no-stream, exists or a revision number',
    });
  });

  it("answers 422 for no events and for more than 100", async () => {
    expect(bodyOf(await post({ events: [] }))).toMatchObject({ status: 422, code: "empty_append" });
    const many = await post({ events: Array.from({ length: 101 }, (_, i) => note(String(i))) });
    expect(many.status).toBe(422);
    expect(bodyOf(many)).toMatchObject({ code: "too_many_events", count: 101, limit: 100 });
  });

  it("answers 400 invalid_stream_id for a stream id the store does not allow", async () => {
    for (const bad of ["has space", "#hash", "x".repeat(129)]) {
      const rejected = await api(`/api/streams/${encodeURIComponent(bad)}`, {
        method: "POST",
        body: { events: [note("x")] },
      });
      expect(rejected.status).toBe(400);
      expect(bodyOf(rejected)).toMatchObject({ code: "invalid_stream_id", streamId: bad });
    }
  });
});
