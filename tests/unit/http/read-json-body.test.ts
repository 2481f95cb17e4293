import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/http/read-json-body";

const post = (body: BodyInit, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
  new Request("http://localhost/x", { method: "POST", body, headers });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => error,
  );

describe("reading a JSON request body", () => {
  it("parses JSON sent as application/json or a +json type, with parameters", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post("[1]", { "Content-Type": "application/vnd.api+json; charset=utf-8" }))).toEqual([1]);
  });

  it("refuses another or a missing media type with 415", async () => {
    expect(
      await failure(readJsonBody(post("{}", { "Content-Type": "application/x-www-form-urlencoded" }))),
    ).toMatchObject({ status: 415 });
    expect(
      await failure(
        readJsonBody(new Request("http://localhost/x", { method: "POST", body: new Uint8Array([123, 125]) })),
      ),
    ).toMatchObject({
      code: "unsupported_media_type",
    });
  });

  it("stops at the limit whether or not Content-Length says so", async () => {
    expect(await failure(readJsonBody(post("[1,2,3,4,5]"), 8))).toMatchObject({
      code: "body_too_large",
      status: 413,
      extensions: { limit: 8 },
      // The unread rest of the body leaves the connection unusable: the 413 closes it.
      headers: { Connection: "close" },
    });
    expect(
      await failure(readJsonBody(post("[]", { "Content-Type": "application/json", "Content-Length": "9" }), 8)),
    ).toMatchObject({
      code: "body_too_large",
      extensions: { size: 9 },
    });
    expect(await readJsonBody(post("[1,2,3]"), 8)).toEqual([1, 2, 3]);
  });

  it("answers malformed_json for an empty body, invalid UTF-8 and invalid JSON", async () => {
    expect(await failure(readJsonBody(post("")))).toMatchObject({
      code: "malformed_json",
      detail: "The request body is empty",
    });
    expect(await failure(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))))).toMatchObject({
      detail: "The request body is not valid UTF-8",
    });
    expect(await failure(readJsonBody(post("{'a': 1}")))).toMatchObject({ code: "malformed_json", status: 400 });
  });

  it("refuses values JSON.parse would change, with 422 invalid_body naming their paths", async () => {
    expect(await failure(readJsonBody(post('{"n":[1e400],"__proto__":{}}')))).toMatchObject({
      code: "invalid_body",
      status: 422,
      extensions: { errors: [{ path: "n[0]" }, { path: "__proto__" }] },
    });
  });
});
