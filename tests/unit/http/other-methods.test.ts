import { describe, expect, it } from "vitest";
import { answerOtherMethod, otherMethods } from "@/lib/http/other-methods";

const call = (handler: (request: Request) => Response, method: string) =>
  handler(new Request("http://localhost/api/streams/s-1/close", { method }));

describe("the methods a route lacks", () => {
  it("answer 405 problems with an Allow header listing what the route has", async () => {
    const { GET, PUT, DELETE } = otherMethods("POST");
    for (const [handler, method] of [
      [GET, "GET"],
      [PUT, "PUT"],
      [DELETE, "DELETE"],
    ] as const) {
      const response = call(handler, method);
      expect(response.status).toBe(405);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("allow")).toBe("POST, OPTIONS");
      expect(await response.json()).toMatchObject({
        code: "method_not_allowed",
        status: 405,
        detail: `${method} is not allowed on /api/streams/s-1/close; it allows POST, OPTIONS`,
      });
    }
  });

  it("answer OPTIONS with the route's own methods, HEAD included with GET", () => {
    const response = call(otherMethods("GET", "POST").OPTIONS, "OPTIONS");
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });

  it("answer any other method the same way, for the proxy's use", () => {
    const response = answerOtherMethod(new Request("http://localhost/api", { method: "DELETE" }), "GET");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("answer OPTIONS for the proxy too", () => {
    const response = answerOtherMethod(new Request("http://localhost/api", { method: "OPTIONS" }), "GET", "POST");
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });
});
