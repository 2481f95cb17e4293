import { describe, expect, it } from "vitest";
import { eventCount, serverFilterOf, streamChoiceGroups, typeChoices } from "@/lib/timeline/filter-options";
import { NO_FILTERS } from "@/lib/timeline/filters";

const noName = () => undefined;

describe("the stream choices", () => {
  it("list students by current name, apart from streams that hold no student", () => {
    const groups = streamChoiceGroups(
      [
        { streamId: "student-b2", currentName: "Zoe Quinn" },
        { streamId: "demo-1", currentName: undefined },
        { streamId: "student-a1", currentName: "Ada Lovelace" },
      ],
      [],
      noName,
    );
    expect(groups.students).toEqual([
      { streamId: "student-a1", label: "Ada Lovelace" },
      { streamId: "student-b2", label: "Zoe Quinn" },
    ]);
    expect(groups.others).toEqual([{ streamId: "demo-1", label: "demo-1" }]);
  });

  it("tell identical names apart by a short id, and by the whole id when the short ones agree too", () => {
    const groups = streamChoiceGroups(
      [
        { streamId: "student-11111111-aaaa", currentName: "Edsger Dijkstra" },
        { streamId: "student-22222222-bbbb", currentName: "Edsger Dijkstra" },
        { streamId: "student-abcdefgh-1", currentName: "Twin" },
        { streamId: "student-abcdefgh-2", currentName: "Twin" },
        { streamId: "student-33333333", currentName: "Grace Hopper" },
      ],
      [],
      noName,
    );
    expect(groups.students.map((s) => s.label)).toEqual([
      "Edsger Dijkstra · 11111111",
      "Edsger Dijkstra · 22222222",
      "Grace Hopper",
      "Twin · abcdefgh-1",
      "Twin · abcdefgh-2",
    ]);
  });

  it("add streams only the browser has seen yet, named when their name is known, else by stream id", () => {
    const groups = streamChoiceGroups(
      [{ streamId: "student-a1", currentName: "Ada" }],
      ["student-a1", "student-new", "student-new2"],
      (id) => (id === "student-new" ? "Brand New" : undefined),
    );
    expect(groups.students.map((s) => s.label)).toEqual(["Ada", "Brand New", "student-new2"]);
  });
});

describe("the type choices", () => {
  it("keep the read model's counts and list a chosen type it has none of at zero", () => {
    expect(typeChoices([{ type: "StudentRegistered", count: 3 }], ["StudentUnenrolled", "StudentRegistered"])).toEqual([
      { type: "StudentRegistered", count: 3 },
      { type: "StudentUnenrolled", count: 0 },
    ]);
  });

  it("say 1 event, not 1 events", () => {
    expect([0, 1, 2].map(eventCount)).toEqual(["0 events", "1 event", "2 events"]);
  });
});

describe("what the server filters by", () => {
  const now = Date.parse("2026-11-23T18:10:00.000Z");
  it("is nothing when only the correlation id (or nothing) is set", () => {
    expect(serverFilterOf(NO_FILTERS, now)).toBeUndefined();
    expect(serverFilterOf({ ...NO_FILTERS, correlationId: "c1" }, now)).toBeUndefined();
  });

  it("carries stream, types and revisions, and turns a time range into a start time", () => {
    expect(
      serverFilterOf(
        { ...NO_FILTERS, streamId: "student-a", types: ["StudentEnrolled"], minRevision: 2, timeRange: "1m" },
        now,
      ),
    ).toEqual({
      streamId: "student-a",
      types: ["StudentEnrolled"],
      minRevision: 2,
      maxRevision: undefined,
      since: "2026-11-23T18:09:00.000Z",
    });
  });
});
