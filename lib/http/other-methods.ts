/**
 * Answers for the methods a route does not implement. Without them Next.js answers a wrong method with an
 * empty 405, and OPTIONS with an Allow header that would list the refusing handlers too.
 */
import { HttpProblem, problemResponse } from "@/lib/http/http-problem";

type Implemented = "GET" | "POST";
type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
type Handler = (request: Request) => Response;

/** OPTIONS: 204 with Allow; any other method: a 405 problem with Allow. */
export function answerOtherMethod(request: Request, ...implemented: Implemented[]): Response {
  const allow = [...implemented, ...(implemented.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allow } });
  const where = new URL(request.url).pathname;
  return problemResponse(
    new HttpProblem(
      "method_not_allowed",
      `${request.method} is not allowed on ${where}; it allows ${allow}`,
      {},
      { Allow: allow },
    ),
  );
}

/** A route exports the ones it lacks: `export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");` */
export function otherMethods(...implemented: Implemented[]): Record<Method, Handler> {
  const answer: Handler = (request) => answerOtherMethod(request, ...implemented);
  return { GET: answer, HEAD: answer, POST: answer, PUT: answer, PATCH: answer, DELETE: answer, OPTIONS: answer };
}
