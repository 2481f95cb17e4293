/**
 * A browser's side of the app's HTTP, without a browser: a cookie jar, and server actions called the way
 * Next.js' client calls them (`POST <page>` with `Next-Action: <id>` and the arguments encoded as React's
 * encodeReply encodes `(previousState, formData)`: the form's fields as `_1_<name>` parts, and part `0` the
 * argument list `[...bound, previousState, "$K1"]`). The action's answer is read from the RSC (Flight) body the
 * server sends back. The action ids come from the production build's server-reference manifest, so this talks
 * to exactly the build in `.next`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** A request's outcome as the load counts it. */
export interface Answer {
  status: number;
  /** From request start to the body's last byte (ms). */
  ms: number;
  headers: Headers;
  body: Buffer;
}

/** Cookies by name, as one browser keeps them for one site (no paths, no expiry beyond deletion). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  take(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The ids of the build's server actions, by `<file>#<export>` (e.g. `app/classes/actions.ts#joinClassAction`). */
export function readActionIds(distDir = ".next"): Map<string, string> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node))
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** One HTTP request with the jar's cookies; the jar takes what the answer sets. Never throws for an HTTP status. */
export async function request(
  base: string,
  jar: CookieJar,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: FormData | string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  const cookie = jar.header();
  if (cookie) headers.Cookie = cookie;
  const started = performance.now();
  const response = await fetch(`${base}${pathname}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body,
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = Buffer.from(await response.arrayBuffer());
  jar.take(response.headers);
  return { status: response.status, ms: performance.now() - started, headers: response.headers, body };
}

/** What a server action answered: its return value, or where it redirected to. */
export interface ActionAnswer extends Answer {
  result: unknown;
  /** The `x-action-redirect` target (path only), when the action redirected. */
  redirect: string | undefined;
}

/**
 * Calls a `(previousState, formData)` action (after any bound arguments) from the page at `pagePath`, as the page's
 * form would with JavaScript on. The previous state is the forms' initial one, `{ status: "idle" }`.
 */
export async function callAction(
  base: string,
  jar: CookieJar,
  actionId: string,
  pagePath: string,
  fields: Record<string, string>,
  bound: readonly string[] = [],
): Promise<ActionAnswer> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([...bound.map(escapeFlightString), { status: "idle" }, "$K1"]));
  const answer = await request(base, jar, pagePath, {
    method: "POST",
    headers: { Accept: "text/x-component", "Next-Action": actionId, Origin: base },
    body,
  });
  if (answer.headers.get("x-nextjs-action-not-found") === "1")
    throw new Error(`the server has no action ${actionId}: it does not run the build in .next`);
  const redirectHeader = answer.headers.get("x-action-redirect");
  const redirect = redirectHeader ? redirectHeader.split(";")[0] : undefined;
  const isFlight = answer.headers.get("content-type")?.startsWith("text/x-component") ?? false;
  const result = isFlight && answer.status === 200 && !redirect ? actionResultOf(answer.body) : undefined;
  return { ...answer, result, redirect };
}

/** Strings that start with `$` are escaped in Flight's encoding. */
const escapeFlightString = (value: string) => (value.startsWith("$") ? `$${value}` : value);

/** Flight row tags whose payload is `<hex length>,<bytes>` instead of a line. */
const LENGTH_PREFIXED = new Set("TAOoUSsLlGgMmVb");

/** Flight's rows by id: each row's payload as text (a length-prefixed text row as a JSON string literal). */
function flightRows(bytes: Buffer): Map<number, string> {
  const rows = new Map<number, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = Number.parseInt(bytes.toString("latin1", at, colon), 16);
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    const comma = bytes.indexOf(0x2c, colon + 2);
    const length = LENGTH_PREFIXED.has(tag) ? Number.parseInt(bytes.toString("latin1", colon + 2, comma), 16) : NaN;
    if (!Number.isNaN(length) && comma > 0) {
      const text = bytes.toString("utf8", comma + 1, comma + 1 + length);
      if (tag === "T") rows.set(id, JSON.stringify(text));
      at = comma + 1 + length;
      continue;
    }
    const newline = bytes.indexOf(0x0a, colon + 1);
    const end = newline < 0 ? bytes.length : newline;
    rows.set(id, bytes.toString("utf8", colon + 1, end));
    at = end + 1;
  }
  return rows;
}

/**
 * The action's return value in an action's Flight answer: row 0 is `{ a: <result or a reference to its row>, … }`.
 * Enough of Flight's references for plain data (what every action here returns); anything else stays as sent.
 */
export function actionResultOf(body: Buffer): unknown {
  const rows = flightRows(body);
  const resolving = new Set<number>();
  const row = (id: number): unknown => {
    const text = rows.get(id);
    if (text === undefined || resolving.has(id)) return undefined;
    resolving.add(id);
    try {
      return decode(JSON.parse(text));
    } catch {
      return undefined;
    } finally {
      resolving.delete(id);
    }
  };
  const decode = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (!value.startsWith("$")) return value;
      if (value.startsWith("$$")) return value.slice(1);
      if (value === "$undefined") return undefined;
      const reference = /^\$@?([0-9a-f]+)$/.exec(value);
      return reference ? row(Number.parseInt(reference[1]!, 16)) : value;
    }
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
    return value;
  };
  try {
    const root = JSON.parse(rows.get(0) ?? "null") as { a?: unknown } | null;
    return root && typeof root === "object" ? decode(root.a) : undefined;
  } catch {
    return undefined;
  }
}
