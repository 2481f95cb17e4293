import { describe, expect, it } from "vitest";
import { filterEvents, isFiltering, NO_FILTERS, parseRevisionBound } from "@/lib/timeline/filters";
import { recorded } from "@/tests/unit/timeline/fixtures";

const now = Date.parse("2026-11-23T18:10:00.000Z");
const events = [
  recorded({
    streamId: "student-a",
    revision: 1,
    type: "StudentRegistered",
    recordedAt: "2026-11-23T17:00:00.000Z",
    metadata: { correlationId: "c1" },
  }),
  recorded({
    streamId: "student-a",
    revision: 2,
    type: "StudentEnrolled",
    recordedAt: "2026-11-23T18:09:30.000Z",
    metadata: { correlationId: "c2" },
  }),
  recorded({
    streamId: "student-b",
    revision: 1,
    type: "StudentRegistered",
    recordedAt: "2026-11-23T18:09:50.000Z",
    metadata: { correlationId: "c3" },
  }),
  recorded({
    streamId: "student-b",
    revision: 2,
    type: "StudentEnrolled",
    recordedAt: "2026-11-23T18:09:55.000Z",
    metadata: { correlationId: "c3" },
  }),
];
const keys = (list: readonly { streamId: string; revision: number }[]) =>
  list.map((e) => `${e.streamId}@${e.revision}`);

describe("timeline filters", () => {
  it("show everything when nothing is set", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(filterEvents(events, NO_FILTERS, now)).toHaveLength(4);
  });

  it("narrow to one student's stream", () => {
    expect(keys(filterEvents(events, { ...NO_FILTERS, streamId: "student-b" }, now))).toEqual([
      "student-b@1",
      "student-b@2",
    ]);
  });

  it("narrow to the chosen event types", () => {
    expect(keys(filterEvents(events, { ...NO_FILTERS, types: ["StudentEnrolled"] }, now))).toEqual([
      "student-a@2",
      "student-b@2",
    ]);
  });

  it("keep revisions inside the range, bounds included", () => {
    expect(keys(filterEvents(events, { ...NO_FILTERS, minRevision: 2, maxRevision: 2 }, now))).toEqual([
      "student-a@2",
      "student-b@2",
    ]);
    expect(keys(filterEvents(events, { ...NO_FILTERS, maxRevision: 1 }, now))).toEqual(["student-a@1", "student-b@1"]);
  });

  it("keep only events inside the time range, measured from now", () => {
    expect(keys(filterEvents(events, { ...NO_FILTERS, timeRange: "1m" }, now))).toEqual([
      "student-a@2",
      "student-b@1",
      "student-b@2",
    ]);
    expect(filterEvents(events, { ...NO_FILTERS, timeRange: "24h" }, now)).toHaveLength(4);
  });

  it("keep one correlation id's events (one user action)", () => {
    expect(keys(filterEvents(events, { ...NO_FILTERS, correlationId: "c3" }, now))).toEqual([
      "student-b@1",
      "student-b@2",
    ]);
  });

  it("read a revision bound from what was typed, ignoring what is not a revision", () => {
    expect(parseRevisionBound("")).toBeUndefined();
    expect(parseRevisionBound(" 3 ")).toBe(3);
    expect(parseRevisionBound("0")).toBeUndefined();
    expect(parseRevisionBound("2.5")).toBeUndefined();
  });
});
