import { describe, expect, it } from "vitest";
import { createPrng } from "@/lib/instructor/prng";

const draw = (seed: number, n: number) => {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => prng.next());
};

describe("createPrng", () => {
  it("gives the same sequence for the same seed", () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  it("gives a different sequence for another seed", () => {
    expect(draw(42, 10)).not.toEqual(draw(43, 10));
  });

  it("pins the sequence, so a seed means the same class on every machine and Node version", () => {
    expect(draw(2025, 3).map((n) => n.toFixed(8))).toEqual(["0.42548079", "0.61394152", "0.20615734"]);
  });

  it("keeps floats in [0, 1) and integers within their inclusive bounds", () => {
    const prng = createPrng(7);
    for (let i = 0; i < 2000; i += 1) {
      const f = prng.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const n = prng.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it("makes version-4-shaped UUIDs, the same ones for the same seed", () => {
    const a = createPrng(9);
    const b = createPrng(9);
    const ids = Array.from({ length: 50 }, () => a.uuid());
    expect(ids).toEqual(Array.from({ length: 50 }, () => b.uuid()));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createPrng(1).pick([])).toThrow(RangeError);
  });
});
