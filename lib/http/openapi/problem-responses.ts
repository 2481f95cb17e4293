/** The error responses of a path, built from the problem table so the document lists every code a route can send. */
import type { ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { PROBLEMS, type ProblemCode } from "@/lib/http/problem-codes";
import { problemSchema } from "@/lib/http/schemas/problem";

export function problemResponses(...codes: ProblemCode[]): Record<number, ResponseConfig> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of [...codes, "store_unavailable" as const, "internal_error" as const]) {
    const status = PROBLEMS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<number, ResponseConfig> = {};
  for (const [status, group] of byStatus) {
    responses[status] = {
      description: group.map((code) => `\`${code}\`: ${PROBLEMS[code].title}.`).join(" "),
      content: { "application/problem+json": { schema: problemSchema } },
    };
  }
  return responses;
}
