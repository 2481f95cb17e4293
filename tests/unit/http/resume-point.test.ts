import { describe, expect, it } from "vitest";
import { feedKeyOf } from "@/lib/event-store/dynamodb/items";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import { parseResumePoint } from "@/lib/http/live/resume-point";
import { positionProblem } from "@/lib/http/positions";

const EVENT_ID = "0b6e1c52-7d0a-4b53-9f3a-0a4c7b0e9d11";
const POSITION = feedKeyOf("2026-11-23T18:02:11.407Z", 0, "s-1", 2);

const refusal = (run: () => unknown) => {
  try {
    run();
    return "accepted";
  } catch (error) {
    return error;
  }
};

describe("feed positions", () => {
  it("accepts what both stores make, with the longest stream id and a tick past 9999", async () => {
    expect(positionProblem(POSITION)).toBeUndefined();
    expect(
      positionProblem(feedKeyOf("2026-11-23T18:02:11.407Z", 12_345, `a${"b".repeat(127)}`, 9_999_999_999)),
    ).toBeUndefined();
    const store = createInMemoryEventStore();
    const { position } = await store.appendToStream("s-1", [{ type: "NoteWritten", data: {} }]);
    expect(positionProblem(position)).toBeUndefined();
  });

  it("refuses anything longer than 256 bytes by its size in bytes, and anything not shaped like a position", () => {
    expect(positionProblem("é".repeat(600))).toMatch(/takes 1200 bytes; a position takes at most 256/);
    expect(positionProblem("é".repeat(100))).toMatch(/not a position/);
    for (const value of [
      "abc",
      "2026-11-23T18:02:11.407Z",
      `${POSITION}x`,
      POSITION.replace("#s-1#", "#s 1#"),
      "12",
      "0000000000012",
    ]) {
      expect(positionProblem(value), value).toMatch(/not a position/);
    }
  });
});

describe("resume points of the live feed", () => {
  it("reads a message id back as the position and the event inside its commit, from either source", () => {
    expect(parseResumePoint(`${POSITION}|${EVENT_ID}`, "Last-Event-ID")).toEqual({
      position: POSITION,
      eventId: EVENT_ID,
    });
    expect(parseResumePoint(`${POSITION}|${EVENT_ID.toUpperCase()}`, "after").eventId).toBe(EVENT_ID);
  });

  it("takes a bare position from ?after= but not from Last-Event-ID, which only carries ids this server sent", () => {
    expect(parseResumePoint(POSITION, "after")).toEqual({ position: POSITION, eventId: undefined });
    expect(parseResumePoint("000000000012", "after")).toEqual({ position: "000000000012", eventId: undefined });
    expect(refusal(() => parseResumePoint(POSITION, "Last-Event-ID"))).toMatchObject({
      code: "invalid_last_event_id",
      status: 400,
      extensions: { errors: [{ path: "Last-Event-ID" }] },
    });
  });

  it.each([
    ["a".repeat(1500), "after", /takes 1500 bytes/],
    ["a".repeat(3000), "Last-Event-ID", /takes 3000 bytes/],
    [`${"é".repeat(140)}|${EVENT_ID}`, "Last-Event-ID", /takes 317 bytes/],
    [`nonsense|${EVENT_ID}`, "Last-Event-ID", /holds a position that is not a position/],
    [`${POSITION}|not-a-uuid`, "after", /does not end in `\|<event id>`/],
    ["abc\ndef", "after", /not a position/],
    ["", "Last-Event-ID", /not the id of a message/],
  ] as const)("refuses %j from %s with a 400 naming it", (value, source, reason) => {
    const problem = refusal(() => parseResumePoint(value, source));
    expect(problem).toMatchObject({
      code: "invalid_last_event_id",
      status: 400,
      extensions: { errors: [{ path: source, message: expect.stringMatching(reason) }] },
    });
    expect((problem as Error).message.startsWith(`${source}: `)).toBe(true);
  });
});
