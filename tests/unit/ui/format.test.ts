import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatCount, formatTimestamp } from "@/components/ui/format";

describe("formatting for the student pages", () => {
  it("writes counts with thousands separators", () => {
    expect([0, 25, 1234, 1234567].map(formatCount)).toEqual(["0", "25", "1,234", "1,234,567"]);
  });

  it("writes dates of birth in words and leaves anything else as stored", () => {
    expect(formatCalendarDate("2000-01-31")).toBe("31 January 2000");
    expect(formatCalendarDate("31/01/2000")).toBe("31/01/2000");
  });

  it("writes event times in UTC to the millisecond", () => {
    expect(formatTimestamp("2026-01-16T09:30:12.345Z")).toBe("2026-01-16 09:30:12.345 UTC");
  });
});
