import { describe, expect, it } from "vitest";
import { formatExpectedRevision, parseExpectedRevision } from "@/lib/http/expected-revision";
import { HttpProblem } from "@/lib/http/http-problem";

describe("the Expected-Revision header", () => {
  it.each([
    [null, "any"],
    ["any", "any"],
    ["no-stream", "no_stream"],
    ["exists", "stream_exists"],
    ["0", 0],
    [" 42 ", 42],
  ] as const)("reads %j as the store's %j", (header, expected) => {
    expect(parseExpectedRevision(header)).toBe(expected);
  });

  it.each(["", " ", "no_stream", "stream_exists", "ANY", "-1", "1.0", "1e3", "1234567890123456", "latest"])(
    "rejects %j with invalid_expected_revision naming the header",
    (header) => {
      let thrown: unknown;
      try {
        parseExpectedRevision(header);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(HttpProblem);
      expect(thrown).toMatchObject({
        code: "invalid_expected_revision",
        status: 400,
        extensions: { errors: [{ path: "Expected-Revision" }] },
      });
      expect((thrown as Error).message).toMatch(/^Expected-Revision: /);
    },
  );

  it("writes the store's values back in the header's words", () => {
    expect(["any", "no_stream", "stream_exists", 7].map((v) => formatExpectedRevision(v as never))).toEqual([
      "any",
      "no-stream",
      "exists",
      7,
    ]);
  });
});
