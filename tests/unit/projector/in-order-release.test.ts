import { describe, expect, it } from "vitest";
import type { RecordedEvent } from "@/lib/event-store/types";
import { createInOrderRelease } from "@/lib/projector/in-order-release";

const event = (streamId: string, revision: number): RecordedEvent => ({
  id: `${streamId}-${revision}`,
  streamId,
  revision,
  type: "Noted",
  data: {},
  metadata: {},
  schemaVersion: 1,
  recordedAt: "2026-11-23T10:00:00.000Z",
  position: `${streamId}#${revision}`,
});
const revisions = (runs: { streamId: string; events: RecordedEvent[] }[]) =>
  runs.map((r) => [r.streamId, r.events.map((e) => e.revision)]);

describe("in-order release of scanned events", () => {
  it("passes events that arrive in order straight through, one run per stream", () => {
    const release = createInOrderRelease();
    expect(revisions(release.release([event("a", 1), event("b", 1), event("a", 2)]))).toEqual([
      ["a", [1, 2]],
      ["b", [1]],
    ]);
    expect(revisions(release.release([event("a", 3)]))).toEqual([["a", [3]]]);
    expect(release.streams).toBe(2);
    expect(release.streamsWithGaps()).toEqual([]);
  });

  it("holds events that come before their predecessors and releases them, in order, once those arrive", () => {
    const release = createInOrderRelease();
    expect(revisions(release.release([event("a", 3), event("a", 5), event("b", 2)]))).toEqual([]);
    expect(revisions(release.release([event("a", 1)]))).toEqual([["a", [1]]]);
    expect(revisions(release.release([event("a", 2), event("b", 1)]))).toEqual([
      ["a", [2, 3]],
      ["b", [1, 2]],
    ]);
    expect(release.streamsWithGaps()).toEqual([{ streamId: "a", missing: 4 }]);
    expect(revisions(release.release([event("a", 4)]))).toEqual([["a", [4, 5]]]);
    expect(release.streamsWithGaps()).toEqual([]);
  });

  it("drops an event delivered twice", () => {
    const release = createInOrderRelease();
    release.release([event("a", 1), event("a", 2)]);
    expect(revisions(release.release([event("a", 2), event("a", 1), event("a", 3)]))).toEqual([["a", [3]]]);
  });

  it("releases every event exactly once, in order, whatever the arrival order", () => {
    const all = ["a", "b", "c"].flatMap((s) => Array.from({ length: 20 }, (_, i) => event(s, i + 1)));
    for (let trial = 0; trial < 20; trial += 1) {
      const shuffled = [...all].sort(() => Math.random() - 0.5);
      const release = createInOrderRelease();
      const seen = new Map<string, number[]>();
      for (let i = 0; i < shuffled.length; i += 7) {
        for (const run of release.release(shuffled.slice(i, i + 7)))
          seen.set(run.streamId, [...(seen.get(run.streamId) ?? []), ...run.events.map((e) => e.revision)]);
      }
      for (const s of ["a", "b", "c"]) expect(seen.get(s)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(release.streamsWithGaps()).toEqual([]);
    }
  });
});
