/** zod issues as the `errors` member of a problem: a dotted path and a message each. */
import type { z } from "zod";

export interface IssueEntry {
  path: string;
  message: string;
}

export function issueEntries(error: z.ZodError): IssueEntry[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export function describeIssues(entries: readonly IssueEntry[]): string {
  return entries.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; ");
}
