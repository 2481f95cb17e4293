/** zod issues as the `errors` member of a problem: a path (`events[0].data`) and a message each. */
import type { z } from "zod";
import { formatJsonPath } from "@/lib/http/json-path";

export interface IssueEntry {
  path: string;
  message: string;
}

export function issueEntries(error: z.ZodError): IssueEntry[] {
  return error.issues.map((issue) => ({
    path: formatJsonPath(issue.path.map((s) => (typeof s === "symbol" ? String(s) : s))),
    message: issue.message,
  }));
}

export function describeIssues(entries: readonly IssueEntry[]): string {
  return entries.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; ");
}
