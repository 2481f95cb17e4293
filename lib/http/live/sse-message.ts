/**
 * Server-Sent Events framing for the live feed. A message's id is `<position>|<event id>`, so a reconnecting
 * EventSource sends back exactly where it stopped, down to the event inside a multi-event commit (read back by
 * resume-point.ts, which is server-only; this module is used by the browser too).
 */
import type { RecordedEvent } from "@/lib/event-store/types";

/** Between the position and the event id; neither contains it. */
export const MESSAGE_ID_SEPARATOR = "|";

export function messageId(event: RecordedEvent): string {
  return `${event.position}${MESSAGE_ID_SEPARATOR}${event.id}`;
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
