/** An error the HTTP layer answers with, and the RFC 9457 response that carries it. */
import { PROBLEMS, problemType, type ProblemCode } from "@/lib/http/problem-codes";
import type { Problem } from "@/lib/http/schemas/problem";

/** The members a problem may carry besides type, title, status, detail and code (see schemas/problem.ts). */
export type ProblemExtensions = Omit<Partial<Problem>, "type" | "title" | "status" | "detail" | "code">;

export class HttpProblem extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extensions: ProblemExtensions = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.status = PROBLEMS[code].status;
  }

  toBody(): Problem {
    return {
      type: problemType(this.code),
      title: PROBLEMS[this.code].title,
      status: this.status,
      detail: this.detail,
      code: this.code,
      ...this.extensions,
    };
  }
}

const NO_STORE = { "Cache-Control": "no-store" };

export function problemResponse(problem: HttpProblem): Response {
  return new Response(JSON.stringify(problem.toBody()), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", ...NO_STORE, ...problem.headers },
  });
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...NO_STORE, ...headers },
  });
}
