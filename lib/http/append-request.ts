/**
 * The body of an append, checked against its schema. A problem inside one event is reported like the store
 * reports its own: `invalid_event` with the event's index and field, so a client handles both the same way.
 */
import type { NewEvent } from "@/lib/event-store/types";
import { HttpProblem } from "@/lib/http/http-problem";
import { appendRequestSchema } from "@/lib/http/schemas/streams";
import { describeIssues, issueEntries } from "@/lib/http/zod-issues";

export function parseAppendRequest(body: unknown): NewEvent[] {
  const parsed = appendRequestSchema.safeParse(body);
  if (parsed.success) {
    // The body came from readJsonBody (plain JSON values, numbers exact), so the store's types hold.
    return parsed.data.events as NewEvent[];
  }
  const inEvent = parsed.error.issues.find((issue) => issue.path[0] === "events" && typeof issue.path[1] === "number");
  if (inEvent) {
    const index = inEvent.path[1] as number;
    const rest = inEvent.path.slice(2).map(String);
    // An unknown key is reported on the event; name the key as the field.
    const keys = inEvent.code === "unrecognized_keys" ? inEvent.keys : [];
    const field = [...rest, ...keys].join(".") || "event";
    throw new HttpProblem("invalid_event", `Event ${index}: ${field}: ${inEvent.message}`, { index, field });
  }
  const errors = issueEntries(parsed.error);
  throw new HttpProblem(
    "invalid_body",
    `${describeIssues(errors)}. Send {"events": [{"type": "...", "data": {...}}]}`,
    { errors },
  );
}
