"use client";

/** What the current selection links: the rows an event changed, or the events that built a row. */
import { secondaryButton, textLink } from "@/components/ui/styles";
import { EventTypeBadge } from "@/components/timeline/event-type-badge";
import { RelativeTime } from "@/components/timeline/relative-time";
import { useTimeline } from "@/components/timeline/timeline-provider";
import { sqlTableOf } from "@/lib/timeline/row-keys";

export function SelectionSummary({ visibleRows }: { visibleRows: ReadonlySet<string> }) {
  const { known, selectedEvent, selectedRow, projections, eventLabel, selectEvent, selectRow } = useTimeline();
  const clear = (
    <button
      type="button"
      onClick={() => (selectedRow ? selectRow(undefined) : selectEvent(undefined))}
      className={`${secondaryButton} px-2 py-0.5 text-xs`}
    >
      Clear selection
    </button>
  );

  if (selectedEvent) {
    const projection = projections[selectedEvent.id];
    return (
      <div
        className="space-y-1.5 rounded-md border border-warn/50 bg-warn-surface/40 p-3 text-sm"
        data-testid="selection-summary"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="flex flex-wrap items-center gap-1.5">
            <EventTypeBadge type={selectedEvent.type} /> {eventLabel(selectedEvent)} · rev {selectedEvent.revision}
          </p>
          {clear}
        </div>
        {!projection ? (
          <p className="text-warn">Not in MySQL yet: its rows light up once the projector applies it.</p>
        ) : projection.status !== "applied" ? (
          <p className="text-muted">
            The projector {projection.status} this event{projection.reason ? ` (${projection.reason})` : ""}: it changed
            no row.
          </p>
        ) : (
          <>
            <p>
              Changed {projection.changedRows.length} row{projection.changedRows.length === 1 ? "" : "s"}, highlighted
              below:
            </p>
            <ul className="flex flex-wrap gap-1">
              {projection.changedRows.map((row) => (
                <li
                  key={row}
                  className="rounded bg-surface px-1.5 py-0.5 font-mono text-xs"
                  title={`A row of ${sqlTableOf(row)}`}
                >
                  {row}
                  {visibleRows.has(row) ? (
                    ""
                  ) : (
                    <span className="font-sans text-muted"> (gone since, or on another page)</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }

  if (selectedRow) {
    const { row, events, error } = selectedRow;
    return (
      <div
        className="space-y-1.5 rounded-md border border-accent/50 bg-accent/5 p-3 text-sm"
        data-testid="selection-summary"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p>
            Row <code className="text-xs">{row}</code> <span className="text-muted">in {sqlTableOf(row)}</span>
          </p>
          {clear}
        </div>
        {error ? <p className="text-bad">{error}</p> : null}
        {!events && !error ? <p className="text-muted">Finding the events that built it…</p> : null}
        {events ? (
          <>
            <p>
              Built by{" "}
              {events.length === 0
                ? "no applied event"
                : `${events.length} applied event${events.length === 1 ? "" : "s"}`}{" "}
              (newest first):
            </p>
            <ol aria-label="Events that built this row" className="space-y-0.5">
              {events.map((event) => (
                <li key={event.eventId} className="flex flex-wrap items-center gap-1.5 text-xs">
                  {known.some((loaded) => loaded.id === event.eventId) ? (
                    <button
                      type="button"
                      onClick={() => selectEvent(event.eventId)}
                      className={`${textLink} inline-flex items-center gap-1.5`}
                    >
                      <EventTypeBadge type={event.type} />
                      <span>
                        {eventLabel(event)} · rev {event.revision}
                      </span>
                    </button>
                  ) : (
                    <span
                      className="inline-flex items-center gap-1.5"
                      title="Not loaded in the timeline: use Load older to reach it"
                    >
                      <EventTypeBadge type={event.type} />
                      <span>
                        {eventLabel(event)} · rev {event.revision} (older than the timeline shows)
                      </span>
                    </span>
                  )}
                  <RelativeTime iso={event.recordedAt} className="text-muted" />
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    );
  }

  return (
    <p className="rounded-md border border-dashed border-border p-2 text-xs text-muted">
      Select an event in the timeline to light up the rows it changed, or select a row to see the events that built it.
    </p>
  );
}
