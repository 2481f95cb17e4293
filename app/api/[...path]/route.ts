/** Every /api path no other route serves: a 404 problem (not the HTML not-found page), whatever the method. */
import { HttpProblem, problemResponse } from "@/lib/http/http-problem";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return problemResponse(
    new HttpProblem(
      "route_not_found",
      `There is no route ${pathname}; the routes are listed at /api and /api/openapi.json`,
    ),
  );
}

export {
  notFound as GET,
  notFound as HEAD,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
