/**
 * Runs before Next.js routes a request, for what no route handler can answer with a problem: a path that is not
 * valid percent-encoded UTF-8 (`/api/streams/%E0%A4%A`, which Next.js would fail to decode), and methods other
 * than GET on the reference page at /api. It matches only /api and paths holding a `%`, so that for every other
 * request Next.js neither runs it nor buffers the request body for it (which it does whenever a proxy runs).
 */
import { NextResponse, type NextRequest } from "next/server";
import { HttpProblem, problemResponse } from "@/lib/http/http-problem";
import { answerOtherMethod } from "@/lib/http/other-methods";

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    return problemResponse(
      new HttpProblem(
        "invalid_path",
        `The path ${JSON.stringify(pathname.slice(0, 200))} holds a % escape that is not UTF-8`,
      ),
    );
  }
  if (pathname === "/api" && request.method !== "GET" && request.method !== "HEAD")
    return answerOtherMethod(request, "GET");
  return NextResponse.next();
}

export const config = { matcher: ["/api", "/api/:path(.*%.*)"] };
