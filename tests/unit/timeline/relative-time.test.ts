import { describe, expect, it } from "vitest";
import { formatLag, localTimestamp, relativeTime } from "@/lib/timeline/relative-time";

const at = "2026-11-23T18:00:00.000Z";
const after = (ms: number) => Date.parse(at) + ms;

describe("relative time", () => {
  it("says 'just now' for the first seconds, and for a time slightly ahead of the viewer's clock", () => {
    expect(relativeTime(at, after(0))).toBe("just now");
    expect(relativeTime(at, after(4_999))).toBe("just now");
    expect(relativeTime(at, after(-3_000))).toBe("just now");
  });

  it("counts seconds, minutes, hours and days, rounding down", () => {
    expect(relativeTime(at, after(12_400))).toBe("12 s ago");
    expect(relativeTime(at, after(59_999))).toBe("59 s ago");
    expect(relativeTime(at, after(60_000))).toBe("1 min ago");
    expect(relativeTime(at, after(3 * 3_600_000 + 5))).toBe("3 h ago");
    expect(relativeTime(at, after(50 * 3_600_000))).toBe("2 d ago");
  });

  it("leaves an unreadable time as it is", () => {
    expect(relativeTime("yesterday", after(0))).toBe("yesterday");
  });
});

describe("absolute local time", () => {
  it("shows the viewer's zone, to the millisecond", () => {
    expect(localTimestamp("2026-11-23T18:02:11.407Z", -60)).toBe("2026-11-23 19:02:11.407 UTC+01:00");
    expect(localTimestamp("2026-11-23T01:02:03.004Z", 330)).toBe("2026-11-22 19:32:03.004 UTC-05:30");
    expect(localTimestamp("2026-11-23T18:02:11.407Z", 0)).toBe("2026-11-23 18:02:11.407 UTC");
  });
});

describe("lag", () => {
  it("reads in the unit that suits it", () => {
    expect(formatLag(85)).toBe("85 ms");
    expect(formatLag(1_234)).toBe("1.2 s");
    expect(formatLag(42_000)).toBe("42 s");
    expect(formatLag(185_000)).toBe("3 min 5 s");
  });
});
