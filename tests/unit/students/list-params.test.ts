import { describe, expect, it } from "vitest";
import { listHref, parseListParams } from "@/lib/students/list-params";

describe("the student list's URL", () => {
  it("reads the search and the page", () => {
    expect(parseListParams({ q: "  ada ", page: "3" })).toEqual({ query: "ada", page: 3 });
  });

  it.each([[undefined], ["0"], ["-2"], ["2.5"], ["abc"], ["99999999999999999999"]])(
    "falls back to page 1 for %j",
    (page) => {
      expect(parseListParams({ page }).page).toBe(1);
    },
  );

  it("takes the first of repeated parameters", () => {
    expect(parseListParams({ q: ["grace", "ada"], page: ["2", "5"] })).toEqual({ query: "grace", page: 2 });
  });

  it("leaves out what is default, so the first page has a clean address", () => {
    expect(listHref({ query: "", page: 1 })).toBe("/students");
    expect(listHref({ query: " ada lovelace ", page: 1 })).toBe("/students?q=ada+lovelace");
    expect(listHref({ query: "a&b", page: 4 })).toBe("/students?q=a%26b&page=4");
  });
});
