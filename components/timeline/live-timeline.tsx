"use client";

/** The live event-stream timeline: status and pause, filters, and the entries. Used on / and on /timeline. */
import { useCallback, useMemo, useState } from "react";
import { ConnectionStatus } from "@/components/timeline/connection-status";
import { EventDetails } from "@/components/timeline/event-details";
import { useTimeline } from "@/components/timeline/timeline-provider";
import { TimelineEntry } from "@/components/timeline/timeline-entry";
import { TimelineFiltersBar } from "@/components/timeline/timeline-filters";
import { TimelineList } from "@/components/timeline/timeline-list";
import { useNow } from "@/components/timeline/use-now";
import { countByType, filterEvents, isFiltering, NO_FILTERS, streamOptions, type TimelineFilters } from "@/lib/timeline/filters";

export function LiveTimeline({ title, fullHeight = false }: { title: string; fullHeight?: boolean }) {
  const { feed, projections, labelOf, selectedEvent, selectEvent, selectedRow, error } = useTimeline();
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const now = useNow() ?? 0;
  // The time-range filter is the only one that needs the clock; without it the list does not re-filter each second.
  const clock = filters.timeRange === "all" ? 0 : now;

  const visible = useMemo(() => filterEvents(feed.events, filters, clock), [feed.events, filters, clock]);
  const typeCounts = useMemo(() => countByType(feed.events, filters, clock), [feed.events, filters, clock]);
  const streams = useMemo(() => streamOptions(feed.events, labelOf), [feed.events, labelOf]);
  const rowEventIds = useMemo(() => new Set(selectedRow?.events?.map((e) => e.eventId)), [selectedRow]);

  const toggle = useCallback((eventId: string) => selectEvent(selectedEvent?.id === eventId ? undefined : eventId), [selectEvent, selectedEvent]);
  const filterCorrelation = useCallback((correlationId: string) => setFilters((current) => ({ ...current, correlationId })), []);
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), []);
  const errors = [feed.error, error].filter(Boolean);

  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="timeline-heading" className="text-lg font-semibold">{title}</h2>
          <p className="text-xs text-muted">Every stream in the DynamoDB event store, newest first.</p>
        </div>
        <ConnectionStatus feed={feed} />
      </div>
      <TimelineFiltersBar filters={filters} onChange={setFilters} typeCounts={typeCounts} streams={streams} />
      <div aria-live="polite" data-testid="timeline-errors" className="text-sm text-bad empty:hidden">
        {errors.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      <TimelineList feed={feed} shown={visible.length} filtering={isFiltering(filters)} onClearFilters={clearFilters} fullHeight={fullHeight}>
        {visible.map((event) => {
          const selected = selectedEvent?.id === event.id;
          return (
            <TimelineEntry
              key={event.id}
              event={event}
              label={labelOf(event.streamId)}
              projection={projections[event.id]}
              selected={selected}
              highlighted={rowEventIds.has(event.id)}
              onToggle={toggle}
            >
              {selected ? (
                <EventDetails
                  event={event}
                  events={feed.events}
                  projection={projections[event.id]}
                  labelOf={labelOf}
                  onSelect={selectEvent}
                  onFilterCorrelation={filterCorrelation}
                />
              ) : null}
            </TimelineEntry>
          );
        })}
      </TimelineList>
    </section>
  );
}
