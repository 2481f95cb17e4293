import { describe, expect, it } from "vitest";
import { activitySeries, linePath } from "@/lib/timeline/activity-series";

describe("the activity chart's series", () => {
  const now = "2026-11-23T18:00:10.500Z";

  it("puts each bucket in its second of the window, oldest first, and leaves empty seconds at zero", () => {
    const series = activitySeries(
      [
        { second: "2026-11-23T18:00:08.000Z", count: 3, maxLagMs: 120, avgLagMs: 80 },
        { second: "2026-11-23T18:00:10.000Z", count: 1, maxLagMs: 40, avgLagMs: 40 },
        { second: "2026-11-23T17:00:00.000Z", count: 9, maxLagMs: 9, avgLagMs: 9 },
      ],
      now,
      5,
    );
    expect(series.counts).toEqual([0, 0, 3, 0, 1]);
    expect(series.maxLag).toEqual([null, null, 120, null, 40]);
    expect(series).toMatchObject({ total: 4, peakCount: 3, peakLag: 120, meanLag: 70 });
  });

  it("draws a lag line that breaks over seconds without data", () => {
    expect(
      linePath(
        [1, 2, null, 4],
        (i) => i * 10,
        (v) => v,
      ),
    ).toBe("M0.0,1.0L10.0,2.0M30.0,4.0");
  });
});
