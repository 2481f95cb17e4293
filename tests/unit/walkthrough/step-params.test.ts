import { describe, expect, it } from "vitest";
import { parseStepParams, stepParamsRecord } from "@/lib/walkthrough/step-params";

describe("parseStepParams", () => {
  it("reads a step's state from its URL", () => {
    const params = parseStepParams({
      student: "0f8e-aa",
      fold: "2",
      revision: "3",
      at: "2026-01-16T09:30:12.345Z",
      expect: "4",
      run: "12",
    });
    expect(params).toEqual({
      student: "0f8e-aa",
      fold: 2,
      revision: 3,
      at: "2026-01-16T09:30:12.345Z",
      expect: 4,
      run: 12,
    });
    expect(stepParamsRecord(params)).toEqual({
      student: "0f8e-aa",
      fold: "2",
      revision: "3",
      at: "2026-01-16T09:30:12.345Z",
      expect: "4",
      run: "12",
    });
  });

  it("drops what is malformed instead of failing the page", () => {
    expect(
      parseStepParams({
        student: "../etc",
        fold: "x",
        revision: "-1",
        at: "yesterday",
        expect: "1e3",
        run: ["x", "2"],
      }),
    ).toEqual({
      student: undefined,
      fold: undefined,
      revision: undefined,
      at: undefined,
      expect: undefined,
      run: undefined,
    });
  });

  it("takes the first of repeated parameters and normalises instants to ISO 8601 UTC", () => {
    expect(parseStepParams({ revision: ["2", "5"], at: "2026-01-16T10:30:00+01:00" })).toMatchObject({
      revision: 2,
      at: "2026-01-16T09:30:00.000Z",
    });
  });
});
