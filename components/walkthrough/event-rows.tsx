/**
 * Events as stored, newest last: revision, type, time and data. Used wherever a step shows a stream; events
 * after `foldedTo` (time travel) are dimmed, and say so to screen readers.
 */
import { formatTimestamp } from "@/components/ui/format";
import { JsonView } from "@/components/walkthrough/json-view";
import type { RecordedEvent } from "@/lib/event-store/types";

export function EventRows({
  events,
  label,
  foldedTo,
}: {
  events: readonly RecordedEvent[];
  label: string;
  foldedTo?: number;
}) {
  return (
    <ol aria-label={label} className="space-y-2">
      {events.map((event) => {
        const left = foldedTo !== undefined && event.revision > foldedTo;
        return (
          <li
            key={event.id}
            data-testid="walkthrough-event"
            data-revision={event.revision}
            data-folded={!left}
            className={`rounded-md border p-3 text-sm ${event.revision === foldedTo ? "border-accent" : "border-border"} ${left ? "opacity-40" : ""}`}
          >
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-mono tabular-nums text-muted">#{event.revision}</span>
              <span className="font-semibold" data-testid="event-type">
                {event.type}
              </span>
              {left && <span className="sr-only">(not folded)</span>}
              <time dateTime={event.recordedAt} className="text-xs text-muted">
                {formatTimestamp(event.recordedAt)}
              </time>
            </div>
            <div className="mt-2">
              <JsonView value={event.data} label={`Data of revision ${event.revision}`} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
