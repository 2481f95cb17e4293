"use client";

/**
 * One event on the timeline. The header is a button (aria-expanded) that opens the details below it and
 * selects the event, which lights up the read-model rows it changed.
 */
import { memo, useEffect, useRef, type ReactNode } from "react";
import { focusRing } from "@/components/ui/styles";
import { EventTypeBadge, typeStripe } from "@/components/timeline/event-type-badge";
import { ProjectionBadge, projectionLabel } from "@/components/timeline/projection-badge";
import { RelativeTime } from "@/components/timeline/relative-time";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { ProjectionInfo } from "@/lib/read-model/timeline-queries";

export interface TimelineEntryProps {
  event: RecordedEvent;
  /** The student's name at this event (or the stream id). */
  label: string;
  /** The student's name today, shown beside it when it is another. */
  currentName: string | undefined;
  projection: ProjectionInfo | undefined;
  selected: boolean;
  /** The event built the read-model row that is selected. */
  highlighted: boolean;
  onToggle(eventId: string): void;
  children?: ReactNode;
}

export const TimelineEntry = memo(function TimelineEntry({
  event,
  label,
  currentName,
  projection,
  selected,
  highlighted,
  onToggle,
  children,
}: TimelineEntryProps) {
  const item = useRef<HTMLLIElement>(null);
  const detailsId = `event-details-${event.id}`;

  // Selected from elsewhere (a "caused by" link, a row's event list): bring it into view.
  useEffect(() => {
    if (selected) item.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selected]);

  return (
    <li
      ref={item}
      data-testid="timeline-entry"
      data-event-id={event.id}
      data-stream-id={event.streamId}
      data-revision={event.revision}
      data-type={event.type}
      data-projection={projectionLabel(projection)}
      data-selected={selected}
      data-highlighted={highlighted}
      className={`rounded-md border border-l-4 bg-surface transition-shadow ${typeStripe(event.type)} ${
        selected ? "border-accent shadow-md" : highlighted ? "border-accent ring-2 ring-accent/40" : "border-border"
      }`}
    >
      <button
        type="button"
        aria-expanded={selected}
        aria-controls={detailsId}
        onClick={() => onToggle(event.id)}
        className={`grid w-full gap-1 rounded-md px-3 py-1.5 text-left hover:bg-background/60 @2xl:flex @2xl:items-center @2xl:justify-between @2xl:gap-4 ${focusRing}`}
      >
        <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <EventTypeBadge type={event.type} />
          <span
            className="min-w-0 truncate text-sm font-medium"
            data-testid="event-student"
            title="The name at this event"
          >
            {label}
          </span>
          {currentName !== undefined && currentName !== label ? (
            <span
              className="min-w-0 truncate text-xs text-muted"
              data-testid="event-student-now"
              title="The student's name today, in the read model"
            >
              now called {currentName}
            </span>
          ) : null}
          <span className="font-mono text-xs text-muted tabular-nums">rev {event.revision}</span>
          <span
            className="rounded border border-border px-1 font-mono text-[0.7rem] text-muted"
            title="Schema version of the data"
          >
            v{event.schemaVersion}
          </span>
          {event.storedSchemaVersion !== undefined ? (
            <span className="rounded bg-background px-1 text-[0.7rem] text-muted ring-1 ring-inset ring-border">
              upcast from v{event.storedSchemaVersion}
            </span>
          ) : null}
          {event.upcastError !== undefined ? (
            <span className="rounded bg-warn-surface px-1 text-[0.7rem] text-warn">as stored: cannot upcast</span>
          ) : null}
        </span>
        <span className="flex items-center justify-between gap-2 text-xs text-muted @2xl:shrink-0 @2xl:gap-4">
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block transition-transform ${selected ? "rotate-90" : ""}`}>
              ▸
            </span>
            <RelativeTime iso={event.recordedAt} />
          </span>
          <ProjectionBadge projection={projection} />
        </span>
      </button>
      {selected ? (
        <div id={detailsId} className="border-t border-border px-3 py-3">
          {children}
        </div>
      ) : null}
    </li>
  );
});
