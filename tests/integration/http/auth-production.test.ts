/** Writes in production without API_TOKEN: refused, so a deployed store is never writable by anyone. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { api as apiFunction } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";

let api: typeof apiFunction;

beforeAll(async () => {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("API_TOKEN", "");
  vi.resetModules();
  ({ api } = await import("@/tests/integration/http/api-client"));
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("writes in production without API_TOKEN", () => {
  it("answers 403 writes_disabled telling to set API_TOKEN, and stores nothing", async () => {
    const streamId = newStreamId();
    const rejected = await api(`/api/streams/${streamId}`, {
      method: "POST",
      body: { events: [note("x")] },
      headers: { Authorization: "Bearer anything" },
    });
    expect(rejected.status).toBe(403);
    expect(rejected.body).toMatchObject({ code: "writes_disabled", detail: expect.stringContaining("API_TOKEN") });
    expect((await api(`/api/streams/${streamId}/close`, { method: "POST" })).status).toBe(403);
    expect((await api(`/api/streams/${streamId}`)).status).toBe(404);
  });
});
