import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_SECRETS } from "@/tests/support/test-env";

const ROUTES = [
  "List streams",
  "Read a stream",
  "Append events",
  "Close a stream",
  "Read the all-events feed",
  "Follow new events live (SSE)",
];

test.describe("the API reference at /api", () => {
  test("renders every route from the OpenAPI document, with a curl line each, loading nothing from outside this server", async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "The event store over HTTP" })).toBeVisible();
    const reference = page.getByTestId("api-reference");
    await expect(reference.getByRole("heading", { level: 2, name: /Ledgerline event store API/ })).toBeVisible();
    for (const summary of ROUTES) {
      const route = reference.getByRole("region", { name: new RegExp(`${summary.replace(/[()]/g, "\\$&")}$`) });
      await expect(route).toBeVisible();
      await expect(route.getByLabel(/^curl command for/)).toContainText("curl -s");
    }
    // A route's schemas open on demand and link to the named schemas they use.
    const read = reference.getByRole("region", { name: /Read a stream$/ });
    await read.getByText("200 body schema (application/json)").click();
    await expect(read.getByRole("link", { name: "StreamPage" })).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test("serves the OpenAPI document it renders", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/streams",
        "/api/streams/{streamId}",
        "/api/streams/{streamId}/close",
        "/api/events",
        "/api/events/live",
      ]),
    );
  });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, not the browser or Playwright's client: the path goes out exactly as written, and sockets can be reused on purpose. */
function raw(
  baseURL: string,
  method: string,
  path: string,
  options: { headers?: http.OutgoingHttpHeaders; chunks?: Buffer[]; agent?: http.Agent } = {},
) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<RawResponse>((resolve, reject) => {
    let answered = false;
    const request = http.request(
      { hostname, port, method, path, headers: options.headers, agent: options.agent },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (text: string) => (body += text));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    // Once answered, a server that closes the connection may cut the rest of the upload short; that is not a failure.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const send = async () => {
      for (const chunk of options.chunks ?? []) {
        if (answered || request.destroyed) return;
        request.write(chunk);
        await new Promise((r) => setTimeout(r, 10));
      }
      request.end();
    };
    void send();
  });
}

const problem = (response: RawResponse) => ({
  contentType: response.headers["content-type"],
  ...(JSON.parse(response.body) as Record<string, unknown>),
});

test.describe("every error under /api is application/problem+json", () => {
  test("a method the route does not have: 405 with Allow", async ({ baseURL }) => {
    const put = await raw(baseURL!, "PUT", "/api/streams/e2e-any");
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, POST, HEAD, OPTIONS");
    expect(problem(put)).toMatchObject({ contentType: "application/problem+json", code: "method_not_allowed" });
    const get = await raw(baseURL!, "GET", "/api/streams/e2e-any/close");
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST, OPTIONS");
    const page = await raw(baseURL!, "POST", "/api");
    expect(page.status).toBe(405);
    expect(problem(page)).toMatchObject({ contentType: "application/problem+json", code: "method_not_allowed" });
    const options = await raw(baseURL!, "OPTIONS", "/api/events");
    expect([options.status, options.headers.allow]).toEqual([204, "GET, HEAD, OPTIONS"]);
  });

  test("an unknown route: 404 route_not_found, whatever the method", async ({ baseURL }) => {
    for (const [method, path] of [
      ["GET", "/api/nothing-here"],
      ["POST", "/api/streams/e2e-any/close/more"],
    ]) {
      const missing = await raw(baseURL!, method!, path!);
      expect(missing.status, path).toBe(404);
      expect(problem(missing)).toMatchObject({ contentType: "application/problem+json", code: "route_not_found" });
    }
  });

  test("a path that is not valid percent-encoded UTF-8: 400 invalid_path", async ({ baseURL }) => {
    for (const [method, path] of [
      ["GET", "/api/streams/%E0%A4%A"],
      ["POST", "/api/streams/%ff"],
      ["GET", "/api/nothing/%E0%A4%A"],
    ]) {
      const refused = await raw(baseURL!, method!, path!);
      expect(refused.status, path).toBe(400);
      expect(problem(refused)).toMatchObject({ contentType: "application/problem+json", code: "invalid_path" });
    }
    // A valid escape still reaches its route.
    expect((await raw(baseURL!, "GET", "/api/streams/e2e%3Amissing")).status).toBe(404);
  });

  test("a chunked body over the limit: 413 with Connection: close, and the next request works", async ({ baseURL }) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const headers = {
      Authorization: `Bearer ${E2E_SECRETS.API_TOKEN}`,
      "Content-Type": "application/json",
      "Transfer-Encoding": "chunked",
    };
    const chunks = Array.from({ length: 12 }, () => Buffer.alloc(64 * 1024, "x"));
    const tooLarge = await raw(baseURL!, "POST", `/api/streams/e2e-413-${Date.now()}`, { headers, chunks, agent });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.connection).toBe("close");
    expect(problem(tooLarge)).toMatchObject({ contentType: "application/problem+json", code: "body_too_large" });
    // With keep-alive offered, this request went out on the half-read connection and was reset.
    const next = await raw(baseURL!, "GET", "/api/streams?limit=1", { agent });
    expect(next.status).toBe(200);
    agent.destroy();
  });
});
