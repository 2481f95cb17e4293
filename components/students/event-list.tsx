/**
 * The student's stream as stored: one entry per event with its revision, type, data, metadata, time and
 * schema version. Events after the replayed revision are dimmed (and say so to screen readers).
 */
import { formatTimestamp } from "@/components/ui/format";
import type { RecordedEvent } from "@/lib/event-store/types";

export function EventList({ events, replayedTo }: { events: readonly RecordedEvent[]; replayedTo: number }) {
  return (
    <ol aria-label="Event stream" className="space-y-3">
      {events.map((event) => {
        const replayed = event.revision <= replayedTo;
        return (
          <li
            key={event.id}
            data-testid="stream-event"
            data-revision={event.revision}
            data-replayed={replayed}
            className={`rounded-md border p-3 text-sm transition-opacity ${
              event.revision === replayedTo ? "border-accent" : "border-border"
            } ${replayed ? "" : "opacity-40"}`}
          >
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-mono tabular-nums text-muted">#{event.revision}</span>
              <span className="font-semibold" data-testid="event-type">
                {event.type}
              </span>
              {!replayed && <span className="sr-only">(not replayed)</span>}
              <time dateTime={event.recordedAt} className="text-xs text-muted">
                {formatTimestamp(event.recordedAt)}
              </time>
              <span className="text-xs text-muted">
                schema v{event.schemaVersion}
                {event.storedSchemaVersion !== undefined &&
                  ` (stored as v${event.storedSchemaVersion}, upcast on read)`}
              </span>
              {event.upcastError !== undefined && (
                <span className="rounded bg-warn-surface px-1 text-xs text-warn" title={event.upcastError}>
                  shown as stored: its upcaster could not read it
                </span>
              )}
            </div>
            <pre
              aria-label={`Data of event ${event.revision}`}
              className="mt-2 overflow-x-auto rounded bg-background p-2 text-xs"
            >
              {JSON.stringify(event.data, null, 2)}
            </pre>
            <details className="mt-2">
              <summary className="cursor-pointer rounded-sm text-xs font-medium text-muted focus-visible:outline-2 focus-visible:outline-accent">
                Metadata
              </summary>
              <pre className="mt-1 overflow-x-auto rounded bg-background p-2 text-xs">
                {JSON.stringify({ id: event.id, ...event.metadata }, null, 2)}
              </pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
