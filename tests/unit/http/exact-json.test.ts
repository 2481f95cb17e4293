import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, parseExactJson } from "@/lib/http/exact-json";

const problemOf = (text: string) => {
  try {
    parseExactJson(text);
    return "accepted";
  } catch (error) {
    return error;
  }
};

const event = (data: string) => `{"events":[{"type":"T","data":${data}}]}`;

describe("parsing a JSON body exactly", () => {
  it("gives the same values as JSON.parse when every number and key would be kept", () => {
    const text = event(
      '{"a":9007199254740991,"b":-9007199254740991,"c":0.1,"d":1.5e-300,"e":1e2,"f":[0,-1.25,{"g":null}],"h":"\\u0000","1":true}',
    );
    expect(parseExactJson(text)).toEqual(JSON.parse(text));
    expect(parseExactJson('{"a":1,"a":1}')).toEqual({ a: 1 });
  });

  it.each([
    ["9007199254740993", /beyond ±9007199254740991/],
    ["9007199254740992", /beyond ±9007199254740991/],
    ["-9007199254740992", /beyond ±9007199254740991/],
    ["1e300", /beyond ±9007199254740991/],
    ["1e400", /would come back as null/],
    ["1e-400", /would come back as 0/],
    ["0.1000000000000000000001", /would come back as 0\.1/],
    ["-0", /would come back as 0/],
    ["-0.0e5", /would come back as 0/],
  ])("refuses %s with 422 invalid_body naming its path", (number, message) => {
    const problem = problemOf(event(`{"amount":${number}}`));
    expect(problem).toMatchObject({
      code: "invalid_body",
      status: 422,
      extensions: { errors: [{ path: "events[0].data.amount", message: expect.stringMatching(message) }] },
    });
    expect((problem as Error).message).toContain("events[0].data.amount");
  });

  it("refuses __proto__ at any depth, naming each path", () => {
    const problem = problemOf(
      `{"events":[{"type":"T","data":{"__proto__":{"x":1}},"metadata":{"a":[{"__proto__":null}]}}]}`,
    );
    expect(problem).toMatchObject({
      code: "invalid_body",
      extensions: { errors: [{ path: "events[0].data.__proto__" }, { path: "events[0].metadata.a[0].__proto__" }] },
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses a key given twice with different values, naming its path, whatever follows", () => {
    for (const data of ['{"a":1,"a":2}', '{"a":1,"a":2,"a":1}', '{"a":1,"a":2,"a":{}}', '{"a":1,"\\u0061":"1"}']) {
      expect(problemOf(event(data)), data).toMatchObject({
        extensions: { errors: [{ path: "events[0].data.a", message: expect.stringMatching(/more than once/) }] },
      });
    }
  });

  it("names odd keys in brackets and lists at most 20 problems, counting the rest", () => {
    expect(problemOf('{"a.b c":1e400}')).toMatchObject({ extensions: { errors: [{ path: '["a.b c"]' }] } });
    const many = problemOf(`[${Array.from({ length: 25 }, () => "-0").join(",")}]`) as {
      extensions: { errors: unknown[] };
      message: string;
    };
    expect(many.extensions.errors).toHaveLength(20);
    expect(many.message).toMatch(/\(and 5 more\)$/);
  });

  it("throws SyntaxError for text that is not JSON, and refuses nesting deeper than the limit", () => {
    expect(() => parseExactJson("{'a': 1}")).toThrow(SyntaxError);
    const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(parseExactJson(deep(MAX_JSON_DEPTH))).toBeDefined();
    expect(problemOf(deep(MAX_JSON_DEPTH + 1))).toMatchObject({
      code: "invalid_body",
      message: expect.stringMatching(/nests more than 100 levels/),
    });
    expect(problemOf(deep(100_000))).toMatchObject({ code: "invalid_body" });
  });
});
