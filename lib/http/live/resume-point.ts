/**
 * Where a live-feed client resumes, from its Last-Event-ID header or `?after=`. The header only ever carries
 * an id this server sent (`<position>|<event id>`); `after` may also be a bare position. Anything else is a
 * 400 naming where it came from, before any store sees it.
 */
import { EVENT_ID_PATTERN } from "@/lib/event-store/validation";
import { HttpProblem } from "@/lib/http/http-problem";
import { MESSAGE_ID_SEPARATOR } from "@/lib/http/live/sse-message";
import { MAX_POSITION_BYTES, positionProblem } from "@/lib/http/positions";

/** Where a client resumes: after this position, and inside its commit after this event (when given). */
export interface ResumePoint {
  position: string;
  eventId: string | undefined;
}

export type ResumeSource = "Last-Event-ID" | "after";

/** A message id: a position, the separator and a UUID. */
export const MAX_MESSAGE_ID_BYTES = MAX_POSITION_BYTES + 1 + 36;

function refuse(source: ResumeSource, value: string, reason: string): HttpProblem {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return new HttpProblem("invalid_last_event_id", `${source}: ${shown} ${reason}`, {
    errors: [{ path: source, message: reason }],
  });
}

export function parseResumePoint(value: string, source: ResumeSource): ResumePoint {
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > MAX_MESSAGE_ID_BYTES)
    throw refuse(source, value, `takes ${bytes} bytes; an event id of this feed takes at most ${MAX_MESSAGE_ID_BYTES}`);
  const cut = value.lastIndexOf(MESSAGE_ID_SEPARATOR);
  const eventId = cut < 0 ? undefined : value.slice(cut + 1);
  if (eventId !== undefined && !EVENT_ID_PATTERN.test(eventId))
    throw refuse(source, value, "does not end in `|<event id>`");
  if (eventId === undefined && source === "Last-Event-ID")
    throw refuse(source, value, "is not the id of a message of this feed (`<position>|<event id>`)");
  const position = cut < 0 ? value : value.slice(0, cut);
  const problem = positionProblem(position);
  if (problem) throw refuse(source, value, eventId === undefined ? problem : `holds a position that ${problem}`);
  return { position, eventId: eventId?.toLowerCase() };
}
