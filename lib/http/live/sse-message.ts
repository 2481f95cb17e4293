/**
 * Server-Sent Events framing for the live feed. A message's id is `<position>|<event id>`, so a reconnecting
 * EventSource sends back exactly where it stopped, down to the event inside a multi-event commit.
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import { HttpProblem } from "@/lib/http/http-problem";

const SEPARATOR = "|";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a client resumes: after this position, and inside its commit after this event (when given). */
export interface ResumePoint {
  position: string;
  eventId: string | undefined;
}

export function messageId(event: RecordedEvent): string {
  return `${event.position}${SEPARATOR}${event.id}`;
}

/** Accepts a message id or a bare position. */
export function parseResumePoint(value: string): ResumePoint {
  // An SSE id cannot carry line breaks or NUL; a value with them was not one of ours.
  if (value === "" || /[\r\n\0]/.test(value)) throw new HttpProblem("invalid_last_event_id", "The resume point is empty or holds line breaks");
  const cut = value.lastIndexOf(SEPARATOR);
  const tail = cut < 0 ? "" : value.slice(cut + 1);
  if (cut > 0 && UUID.test(tail)) return { position: value.slice(0, cut), eventId: tail.toLowerCase() };
  return { position: value, eventId: undefined };
}

export function recordedMessage(event: RecordedEvent): string {
  // JSON.stringify never emits a raw line break, so the data fits on one `data:` line.
  return `id: ${messageId(event)}\nevent: recorded\ndata: ${JSON.stringify(event)}\n\n`;
}

export function commentMessage(text: string): string {
  return `: ${text}\n\n`;
}

export function retryMessage(milliseconds: number): string {
  return `retry: ${milliseconds}\n\n`;
}
