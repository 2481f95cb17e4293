/**
 * Calls the real route handlers in-process, as Next.js would: a Request in, a Response out, against the real
 * store. Each call reports the route template it hit, so the contract test can look its response up in the
 * OpenAPI document.
 */
import * as liveRoute from "@/app/api/events/live/route";
import * as eventsRoute from "@/app/api/events/route";
import * as openApiRoute from "@/app/api/openapi.json/route";
import * as closeRoute from "@/app/api/streams/[streamId]/close/route";
import * as streamRoute from "@/app/api/streams/[streamId]/route";
import * as streamsRoute from "@/app/api/streams/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "POST";

const ROUTES: { method: Method; template: string; handler: Handler }[] = [
  { method: "GET", template: "/api/streams", handler: streamsRoute.GET as Handler },
  { method: "GET", template: "/api/streams/{streamId}", handler: streamRoute.GET as Handler },
  { method: "POST", template: "/api/streams/{streamId}", handler: streamRoute.POST as Handler },
  { method: "POST", template: "/api/streams/{streamId}/close", handler: closeRoute.POST as Handler },
  { method: "GET", template: "/api/events", handler: eventsRoute.GET as Handler },
  { method: "GET", template: "/api/events/live", handler: liveRoute.GET as Handler },
  { method: "GET", template: "/api/openapi.json", handler: openApiRoute.GET as Handler },
];

export const BASE_URL = "http://localhost:3000";

function match(method: Method, pathname: string) {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = route.template.replace(/[.]/g, "\\.").replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    const found = new RegExp(`^${pattern}$`).exec(pathname);
    if (found)
      return {
        route,
        params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? "")])),
      };
  }
  throw new Error(`No route for ${method} ${pathname}`);
}

export interface ApiCall {
  method?: Method;
  headers?: Record<string, string>;
  /** An object is sent as JSON (with Content-Type: application/json); a string or bytes as they are. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiResult {
  method: Method;
  template: string;
  status: number;
  headers: Headers;
  contentType: string;
  /** Parsed JSON for JSON bodies; undefined for streams (use `response`). */
  body: unknown;
  response: Response;
}

export async function api(
  path: string,
  { method = "GET", headers = {}, body, signal }: ApiCall = {},
): Promise<ApiResult> {
  const url = new URL(path, BASE_URL);
  const { route, params } = match(method, url.pathname);
  const isRaw = typeof body === "string" || body instanceof Uint8Array;
  const init: RequestInit = {
    method,
    signal,
    headers: body === undefined || isRaw ? headers : { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : isRaw ? (body as BodyInit) : JSON.stringify(body),
  };
  const response = await route.handler(new Request(url, init), { params: Promise.resolve(params) });
  const contentType = response.headers.get("content-type") ?? "";
  const isJson = /^application\/(problem\+)?json/.test(contentType);
  return {
    method,
    template: route.template,
    status: response.status,
    headers: response.headers,
    contentType: contentType.split(";")[0]!.trim(),
    body: isJson ? ((await response.json()) as unknown) : undefined,
    response,
  };
}

/** The body as a loosely typed record, for expectations. */
export function bodyOf(result: ApiResult): Record<string, unknown> {
  return result.body as Record<string, unknown>;
}
