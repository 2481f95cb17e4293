import { describe, expect, it } from "vitest";
import { api, bodyOf } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";

const close = (streamId: string) => api(`/api/streams/${streamId}/close`, { method: "POST" });

describe("POST /api/streams/{streamId}/close", () => {
  it("closes the stream: appends then fail with 409 stream_closed, reads still work, closing again is fine", async () => {
    const streamId = newStreamId();
    await api(`/api/streams/${streamId}`, { method: "POST", body: { events: [note("one"), note("two")] } });

    const closed = await close(streamId);
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({ streamId, revision: 2, closed: true, lastEventAt: expect.any(String) });

    for (const expected of ["any", "2", "exists"]) {
      const rejected = await api(`/api/streams/${streamId}`, {
        method: "POST",
        body: { events: [note("three")] },
        headers: { "Expected-Revision": expected },
      });
      expect(rejected.status).toBe(409);
      expect(bodyOf(rejected)).toMatchObject({
        code: "stream_closed",
        streamId,
        revision: 2,
        type: "urn:ledgerline:problem:stream_closed",
      });
    }

    const read = bodyOf(await api(`/api/streams/${streamId}`));
    expect(read).toMatchObject({ closed: true, lastRevision: 2 });
    expect((await close(streamId)).status).toBe(200);
  });

  it("answers 404 for a stream that does not exist", async () => {
    const streamId = newStreamId();
    const missing = await close(streamId);
    expect(missing.status).toBe(404);
    expect(bodyOf(missing)).toMatchObject({ code: "stream_not_found", streamId });
  });

  it("answers 400 for an invalid stream id", async () => {
    const invalid = await close("-leading-dash");
    expect(invalid.status).toBe(400);
    expect(bodyOf(invalid)).toMatchObject({ code: "invalid_stream_id", streamId: "-leading-dash" });
  });
});
