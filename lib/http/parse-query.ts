/** Query parameters checked against a strict schema: an unknown or invalid parameter is a 400 naming it. */
import type { z } from "zod";
import { HttpProblem } from "@/lib/http/http-problem";
import { describeIssues, issueEntries } from "@/lib/http/zod-issues";

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw)
      throw new HttpProblem("invalid_query", `${key}: given more than once`, {
        errors: [{ path: key, message: "given more than once" }],
      });
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors = issueEntries(parsed.error);
  throw new HttpProblem("invalid_query", describeIssues(errors), { errors });
}
