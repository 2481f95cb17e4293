import { describe, expect, it } from "vitest";
import { formatBytes, snapshotVerdict, type LoadFigures } from "@/components/walkthrough/snapshot-verdict";
import { attributeBytes, consistentReadUnits, itemBytes } from "@/lib/walkthrough/item-size";

describe("item sizes, by AWS's rules", () => {
  it("count strings in UTF-8 bytes and numbers by their significant digits", () => {
    expect(attributeBytes({ S: "abc" })).toBe(3);
    expect(attributeBytes({ S: "é" })).toBe(2);
    expect(attributeBytes({ N: "1" })).toBe(2);
    expect(attributeBytes({ N: "-12.50" })).toBe(3);
    expect(attributeBytes({ BOOL: true })).toBe(1);
  });

  it("add 3 bytes per list or map and 1 per element, with map keys counted", () => {
    expect(attributeBytes({ L: [{ S: "ab" }, { S: "c" }] })).toBe(3 + 1 + 2 + 1 + 1);
    expect(attributeBytes({ M: { id: { S: "x" } } })).toBe(3 + 2 + 1 + 1);
  });

  it("count each attribute's name with its value", () => {
    expect(itemBytes({ pk: { S: "student-1" }, sk: { N: "1" } })).toBe(2 + 9 + 2 + 2);
  });

  it("cost 1 strongly consistent read unit per 4 KB, rounded up", () => {
    expect(consistentReadUnits(0)).toBe(0);
    expect(consistentReadUnits(1)).toBe(1);
    expect(consistentReadUnits(4096)).toBe(1);
    expect(consistentReadUnits(4097)).toBe(2);
    expect(consistentReadUnits(557_642)).toBe(137);
  });
});

describe("the snapshot verdict", () => {
  const full: LoadFigures = {
    eventsFolded: 1000,
    ms: 92.8,
    reads: { requests: 2, items: 1002, bytes: 557_642, readUnits: 137 },
  };
  const fromSnapshot: LoadFigures = {
    eventsFolded: 3,
    ms: 19.4,
    reads: { requests: 3, items: 4, bytes: 1959, readUnits: 3 },
  };

  it("says what the snapshot saved in items, bytes and read units", () => {
    const verdict = snapshotVerdict(full, fromSnapshot, true, 3);
    expect(verdict.summary).toBe("Folded 3 events from a snapshot instead of 1,000.");
    expect(verdict.reads).toBe(
      "The snapshot load read 4 items (1.9 KB, 3 read units) instead of 1,002 (544.6 KB, 137 read units): 0.4% of the bytes.",
    );
    expect(verdict.faster).toBe(true);
    expect(verdict.time).toBe("It was faster here too: 19.4 ms instead of 92.8 ms (the median of 3 tries each).");
  });

  it("says plainly when the snapshot load was not faster here, and why", () => {
    const verdict = snapshotVerdict({ ...full, ms: 20 }, { ...fromSnapshot, ms: 25 }, true, 3);
    expect(verdict.faster).toBe(false);
    expect(verdict.time).toMatch(/^It was not faster here: 25\.0 ms against 20\.0 ms/);
    expect(verdict.time).toContain("3 for the snapshot load, 2 for the full one");
  });

  it("says a short stream without a snapshot does not need one", () => {
    const short: LoadFigures = { eventsFolded: 4, ms: 3, reads: { requests: 1, items: 4, bytes: 2100, readUnits: 1 } };
    const verdict = snapshotVerdict(short, short, false, 3);
    expect(verdict.summary).toBe("No snapshot: both loads fold all 4 events.");
    expect(verdict.reads).toBeUndefined();
    expect(verdict.time).toContain("4 items (2.1 KB, 1 read unit) in 1 request");
  });

  it("formats bytes as bytes, KB or MB", () => {
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});
