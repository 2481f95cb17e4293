/**
 * How an event relates to the others loaded: what caused it, what it caused, and what shares its correlation id.
 * A user action's events carry causationId === correlationId (the command's id, not stored as an event:
 * lib/students/command-metadata.ts); an event caused by another event carries that event's id.
 */
import type { RecordedEvent } from "@/lib/event-store/types";

export type Cause =
  | { kind: "command"; command: string | undefined }
  | { kind: "event"; eventId: string; event: RecordedEvent | undefined }
  | { kind: "unknown" };

export interface Relations {
  cause: Cause;
  /** Loaded events whose causationId is this event's id. */
  effects: RecordedEvent[];
  /** Other loaded events with the same correlation id. */
  correlated: RecordedEvent[];
}

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

export function relationsOf(event: RecordedEvent, events: readonly RecordedEvent[]): Relations {
  const causationId = text(event.metadata.causationId);
  const correlationId = text(event.metadata.correlationId);
  let cause: Cause = { kind: "unknown" };
  if (causationId !== undefined && causationId === correlationId) {
    const loaded = events.find((other) => other.id === causationId);
    cause = loaded
      ? { kind: "event", eventId: causationId, event: loaded }
      : { kind: "command", command: text(event.metadata.command) };
  } else if (causationId !== undefined) {
    cause = { kind: "event", eventId: causationId, event: events.find((other) => other.id === causationId) };
  }
  return {
    cause,
    effects: events.filter((other) => other.id !== event.id && text(other.metadata.causationId) === event.id),
    correlated:
      correlationId === undefined
        ? []
        : events.filter((other) => other.id !== event.id && text(other.metadata.correlationId) === correlationId),
  };
}
