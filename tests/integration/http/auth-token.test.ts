/**
 * Writes with API_TOKEN set. config() reads the environment once per module graph, so the routes are imported
 * afresh after setting it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { api as apiFunction } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";

const TOKEN = "s3cret-token_for.tests";
let api: typeof apiFunction;

beforeAll(async () => {
  vi.stubEnv("API_TOKEN", TOKEN);
  vi.resetModules();
  ({ api } = await import("@/tests/integration/http/api-client"));
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const append = (streamId: string, headers: Record<string, string>) =>
  api(`/api/streams/${streamId}`, { method: "POST", body: { events: [note("x")] }, headers });

describe("writes with API_TOKEN set", () => {
  it("accepts an append and a close with the right bearer token", async () => {
    const streamId = newStreamId();
    expect((await append(streamId, { Authorization: `Bearer ${TOKEN}` })).status).toBe(201);
    expect(
      (await api(`/api/streams/${streamId}/close`, { method: "POST", headers: { authorization: `bearer ${TOKEN}` } }))
        .status,
    ).toBe(200);
  });

  it("answers 401 with WWW-Authenticate: Bearer without a token or with a malformed header, storing nothing", async () => {
    const streamId = newStreamId();
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: TOKEN },
      { Authorization: `Basic ${btoa(`user:${TOKEN}`)}` },
      { Authorization: "Bearer" },
    ];
    for (const headers of attempts) {
      const rejected = await append(streamId, headers);
      expect(rejected.status).toBe(401);
      expect(rejected.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(rejected.body).toMatchObject({ code: "unauthenticated", detail: expect.stringContaining("Bearer") });
    }
    expect((await api(`/api/streams/${streamId}`)).status).toBe(404);
  });

  it("answers 403 wrong_token for a token that does not match, on appends and closes", async () => {
    const streamId = newStreamId();
    const rejected = await append(streamId, { Authorization: `Bearer ${TOKEN}x` });
    expect(rejected.status).toBe(403);
    expect(rejected.body).toMatchObject({ code: "wrong_token" });
    expect(rejected.headers.get("www-authenticate")).toContain('error="invalid_token"');
    await append(streamId, { Authorization: `Bearer ${TOKEN}` });
    const close = await api(`/api/streams/${streamId}/close`, {
      method: "POST",
      headers: { Authorization: "Bearer nope" },
    });
    expect(close.status).toBe(403);
    expect((await api(`/api/streams/${streamId}`)).body).toMatchObject({ closed: false, lastRevision: 1 });
  });

  it("keeps reads open", async () => {
    expect((await api("/api/streams?limit=1")).status).toBe(200);
    expect((await api("/api/events?limit=1")).status).toBe(200);
  });
});
