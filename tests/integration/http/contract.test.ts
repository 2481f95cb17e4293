/**
 * The contract: every response the routes really give matches the OpenAPI document they serve, and every
 * documented response (but the 500, and the 503 of a store that does not answer, proven in
 * tests/integration/projector/bad-events.test.ts) is produced here at least once.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { api as apiFunction, ApiResult } from "@/tests/integration/http/api-client";
import { newStreamId, note, withId } from "@/tests/integration/http/fixtures";
import { createContractChecker } from "@/tests/integration/http/openapi-validator";
import { readSse } from "@/tests/integration/http/sse-reader";

const TOKEN = "contract-token";
let api: typeof apiFunction;
let contract: ReturnType<typeof createContractChecker>;
let documented: Set<string>;
const seen = new Set<string>();

const key = (method: string, template: string, status: number | string) =>
  `${method.toUpperCase()} ${template} ${status}`;

beforeAll(async () => {
  // With a token, the 401 and 403 responses are reachable too.
  vi.stubEnv("API_TOKEN", TOKEN);
  vi.resetModules();
  ({ api } = await import("@/tests/integration/http/api-client"));
  const served = await api("/api/openapi.json");
  expect(served.status).toBe(200);
  contract = createContractChecker(served.body);
  const doc = served.body as {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  expect(doc.openapi).toBe("3.1.0");
  documented = new Set(
    Object.entries(doc.paths).flatMap(([template, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.keys(operation.responses).map((status) => key(method, template, status)),
      ),
    ),
  );
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function checked(path: string, init: Parameters<typeof apiFunction>[1] = {}): Promise<ApiResult> {
  const result = await api(path, init);
  contract.check(result);
  seen.add(key(result.method, result.template, result.status));
  return result;
}

const auth = { Authorization: `Bearer ${TOKEN}` };
const post = (streamId: string, body: unknown, headers: Record<string, string> = {}) =>
  checked(`/api/streams/${streamId}`, { method: "POST", body, headers: { ...auth, ...headers } });

describe("the served OpenAPI document", () => {
  it("describes every route's success and error responses as the routes really give them", async () => {
    const streamId = newStreamId("contract");
    const events = [
      withId("one"),
      note("two", { id: randomUUID(), metadata: { correlationId: "c-1" }, schemaVersion: 2 }),
    ];
    expect((await post(streamId, { events }, { "Expected-Revision": "no-stream" })).status).toBe(201);
    expect((await post(streamId, { events }, { "Expected-Revision": "no-stream" })).status).toBe(200);
    expect((await post(streamId, { events: [note("x")] }, { "Expected-Revision": "7" })).status).toBe(409);
    expect((await post(streamId, { events: [note("x")] }, { "Expected-Revision": "soon" })).status).toBe(400);
    expect((await post(streamId, "{", { "Content-Type": "application/json" })).status).toBe(400);
    expect((await post(streamId, "{}", { "Content-Type": "text/plain" })).status).toBe(415);
    expect((await post(streamId, { events: [note("x".repeat(400 * 1024))] })).status).toBe(413);
    expect((await post(streamId, { events: [note("x".repeat(600 * 1024))] })).status).toBe(413);
    expect((await post(streamId, { events: [{ type: "Bad Type", data: {} }] })).status).toBe(422);
    expect((await post(streamId, { event: note("x") })).status).toBe(422);
    expect((await post("not valid!", { events: [note("x")] })).status).toBe(400);
    expect((await checked(`/api/streams/${streamId}`, { method: "POST", body: { events: [note("x")] } })).status).toBe(
      401,
    );
    expect((await post(streamId, { events: [note("x")] }, { Authorization: "Bearer wrong" })).status).toBe(403);

    expect((await checked(`/api/streams/${streamId}`)).status).toBe(200);
    expect((await checked(`/api/streams/${streamId}?direction=backwards&limit=1`)).status).toBe(200);
    expect((await checked(`/api/streams/${newStreamId()}`)).status).toBe(404);
    expect((await checked(`/api/streams/${encodeURIComponent("not valid!")}`)).status).toBe(400);
    expect((await checked(`/api/streams/${streamId}?limit=0`)).status).toBe(400);
    expect((await checked("/api/streams?limit=2")).status).toBe(200);
    expect((await checked("/api/streams?page=2")).status).toBe(400);
    expect((await checked("/api/events?direction=backwards&limit=2")).status).toBe(200);
    expect((await checked("/api/events?limit=none")).status).toBe(400);

    const close = (id: string, headers: Record<string, string> = auth) =>
      checked(`/api/streams/${id}/close`, { method: "POST", headers });
    expect((await close(streamId)).status).toBe(200);
    expect((await post(streamId, { events: [note("after close")] })).status).toBe(409);
    expect((await close(newStreamId())).status).toBe(404);
    expect((await close("not valid!")).status).toBe(400);
    expect((await close(streamId, {})).status).toBe(401);
    expect((await close(streamId, { Authorization: "Bearer wrong" })).status).toBe(403);
    expect((await checked("/api/openapi.json")).status).toBe(200);
  });

  it("describes the live feed: a text/event-stream whose data are RecordedEvents", async () => {
    const controller = new AbortController();
    const live = await checked("/api/events/live?backfill=3", { signal: controller.signal });
    const feed = readSse(live.response);
    await post(newStreamId("contract"), { events: [note("live")] });
    await feed.waitUntil(
      () => feed.events().some((e) => (e.event.data as { text?: string }).text === "live"),
      5_000,
      "the live event",
    );
    for (const { event } of feed.events()) contract.checkComponent("RecordedEvent", event);
    controller.abort();
    expect((await checked("/api/events/live?after=%0A")).status).toBe(400);
  });

  it("has no documented response that the routes were not seen to give (but the 500 and the 503)", () => {
    const missing = [...documented].filter((k) => !k.endsWith(" 500") && !k.endsWith(" 503") && !seen.has(k));
    expect(missing).toEqual([]);
  });
});
