import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, bodyOf, type ApiResult } from "@/tests/integration/http/api-client";
import { newStreamId, note } from "@/tests/integration/http/fixtures";
import { createContractChecker } from "@/tests/integration/http/openapi-validator";

/** An event with its id in the type, as a client that retries keeps it. */
const withId = (text: string) => ({ id: randomUUID(), ...note(text) });

let contract: ReturnType<typeof createContractChecker>;

beforeAll(async () => {
  contract = createContractChecker((await api("/api/openapi.json")).body);
});

async function append(streamId: string, events: unknown[], headers: Record<string, string> = {}): Promise<ApiResult> {
  const result = await api(`/api/streams/${streamId}`, { method: "POST", body: { events }, headers });
  contract.check(result);
  return result;
}

const storedTexts = async (streamId: string) =>
  (bodyOf(await api(`/api/streams/${streamId}`)).events as { data: { text: string } }[]).map((e) => e.data.text);

describe("POST /api/streams/{streamId} with event ids already stored", () => {
  it("answers 409 duplicate_event_id for the same id with other data, in every Expected-Revision mode", async () => {
    const streamId = newStreamId();
    const original = withId("original");
    await append(streamId, [original], { "Expected-Revision": "no-stream" });
    await append(streamId, [note("later")]);
    for (const mode of ["any", "exists", "2", "no-stream", "1"]) {
      const rejected = await append(streamId, [{ ...original, data: { text: "changed" } }], {
        "Expected-Revision": mode,
      });
      expect(rejected.status, mode).toBe(409);
      expect(rejected.contentType).toBe("application/problem+json");
      expect(rejected.body).toEqual({
        type: "urn:ledgerline:problem:duplicate_event_id",
        title: "An event id is already stored in this stream",
        status: 409,
        detail: `Stream ${streamId} already holds event ${original.id} at revision 1 with different content`,
        code: "duplicate_event_id",
        streamId,
        duplicates: [{ eventId: original.id, revision: 1 }],
      });
    }
    expect(await storedTexts(streamId)).toEqual(["original", "later"]);
  });

  it("answers 409 for a retry that adds an event to a stored commit, and stores none of it", async () => {
    const streamId = newStreamId();
    const [h, i] = [withId("h"), withId("i")];
    await append(streamId, [h, i]);
    const rejected = await append(streamId, [h, i, withId("j")]);
    expect(rejected.status).toBe(409);
    expect(bodyOf(rejected)).toMatchObject({
      code: "duplicate_event_id",
      duplicates: [
        { eventId: h.id, revision: 1 },
        { eventId: i.id, revision: 2 },
      ],
    });
    expect(await storedTexts(streamId)).toEqual(["h", "i"]);
  });

  it("answers an exact retry with the stream's head as Expected-Revision with 200, stored once", async () => {
    const streamId = newStreamId();
    const events = [withId("one")];
    const first = await append(streamId, events, { "Expected-Revision": "no-stream" });
    await append(streamId, [note("two")], { "Expected-Revision": "1" });
    const retry = await append(streamId, events, { "Expected-Revision": "2" });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ ...bodyOf(first), alreadyStored: true });
    expect(await storedTexts(streamId)).toEqual(["one", "two"]);
  });
});
