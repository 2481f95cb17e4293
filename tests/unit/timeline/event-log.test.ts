import { describe, expect, it } from "vitest";
import { compareNewestFirst, isRecordedEvent, mergeEvents, parseRecordedEvent } from "@/lib/timeline/event-log";
import { recorded } from "@/tests/unit/timeline/fixtures";

describe("merging events into the timeline", () => {
  it("keeps the newest event first, whatever order they arrive in", () => {
    const older = recorded({ recordedAt: "2026-11-23T18:00:01.000Z" });
    const newer = recorded({ recordedAt: "2026-11-23T18:00:02.000Z" });
    const newest = recorded({ recordedAt: "2026-11-23T18:00:03.000Z" });
    expect(mergeEvents([older], [newest, newer]).map((e) => e.id)).toEqual([newest.id, newer.id, older.id]);
  });

  it("shows an event that arrives twice (a reconnect overlapping, a page overlapping the live feed) once", () => {
    const a = recorded();
    const b = recorded({ recordedAt: "2026-11-23T18:00:05.000Z" });
    const merged = mergeEvents([a], [b, { ...a }, b]);
    expect(merged.map((e) => e.id)).toEqual([b.id, a.id]);
  });

  it("returns the same list when nothing is new, so the view does not re-render", () => {
    const current = [recorded()];
    expect(mergeEvents(current, [current[0]!])).toBe(current);
    expect(mergeEvents(current, [])).toBe(current);
  });

  it("orders events of one commit (same time) by revision, newest first", () => {
    const first = recorded({ streamId: "student-x", revision: 3 });
    const second = recorded({ streamId: "student-x", revision: 4 });
    expect([first, second].sort(compareNewestFirst).map((e) => e.revision)).toEqual([4, 3]);
  });
});

describe("reading a live message", () => {
  it("accepts a recorded event", () => {
    const event = recorded();
    expect(parseRecordedEvent(JSON.stringify(event))).toEqual(event);
  });

  it("rejects anything else instead of throwing", () => {
    expect(parseRecordedEvent("not json")).toBeUndefined();
    expect(parseRecordedEvent(JSON.stringify({ id: "x" }))).toBeUndefined();
    expect(isRecordedEvent({ ...recorded(), data: [] })).toBe(false);
  });
});
