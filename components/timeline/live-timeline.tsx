"use client";

/**
 * The live event-stream timeline: status and pause, filters, and the entries. Used on / and on /timeline.
 * Unfiltered it lists the loaded events; filtered, it adds the matching events the server found in the read
 * model's log of every projected event, so a filter reaches events no page has loaded yet.
 */
import { useCallback, useMemo, useState } from "react";
import { ConnectionStatus } from "@/components/timeline/connection-status";
import { EventDetails } from "@/components/timeline/event-details";
import { useTimeline } from "@/components/timeline/timeline-provider";
import { TimelineEntry } from "@/components/timeline/timeline-entry";
import { TimelineFiltersBar } from "@/components/timeline/timeline-filters";
import { TimelineList, type TimelinePager } from "@/components/timeline/timeline-list";
import { useFilterOptions } from "@/components/timeline/use-filter-options";
import { useMatchingEvents } from "@/components/timeline/use-matching-events";
import { useNow } from "@/components/timeline/use-now";
import { mergeEvents } from "@/lib/timeline/event-log";
import { streamChoiceGroups, typeChoices } from "@/lib/timeline/filter-options";
import { filterEvents, isFiltering, NO_FILTERS, type TimelineFilters } from "@/lib/timeline/filters";

export function LiveTimeline({ title, fullHeight = false }: { title: string; fullHeight?: boolean }) {
  const {
    feed,
    known,
    remember,
    projections,
    projectedTick,
    eventLabel,
    currentNameOf,
    initialFilterOptions,
    selectedEvent,
    selectEvent,
    selectedRow,
    error,
  } = useTimeline();
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const now = useNow() ?? 0;
  // The time-range filter is the only one that needs the clock; without it the list does not re-filter each second.
  const clock = filters.timeRange === "all" ? 0 : now;
  const matching = useMatchingEvents(filters, remember);
  const { options, error: optionsError } = useFilterOptions(filters, projectedTick, initialFilterOptions);

  const candidates = useMemo(
    () => (matching.active ? mergeEvents(feed.events, matching.events) : feed.events),
    [matching.active, matching.events, feed.events],
  );
  const visible = useMemo(() => filterEvents(candidates, filters, clock), [candidates, filters, clock]);
  const typeCounts = useMemo(() => typeChoices(options?.typeCounts ?? [], filters.types), [options, filters.types]);
  const loadedStreams = useMemo(() => [...new Set(feed.events.map((event) => event.streamId))], [feed.events]);
  const streams = useMemo(
    () => streamChoiceGroups(options?.streams ?? [], loadedStreams, currentNameOf),
    [options, loadedStreams, currentNameOf],
  );
  const rowEventIds = useMemo(() => new Set(selectedRow?.events?.map((e) => e.eventId)), [selectedRow]);

  const toggle = useCallback(
    (eventId: string) => selectEvent(selectedEvent?.id === eventId ? undefined : eventId),
    [selectEvent, selectedEvent],
  );
  const filterCorrelation = useCallback(
    (correlationId: string) => setFilters((current) => ({ ...current, correlationId })),
    [],
  );
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), []);
  const errors = [feed.error, error, matching.error, optionsError].filter(Boolean);
  const pager: TimelinePager = matching.active
    ? {
        hasMore: matching.hasMore,
        loading: matching.loading || !matching.loaded,
        loadMore: matching.loadMore,
        noun: "matches",
        shown: `${visible.length} matching`,
      }
    : {
        hasMore: feed.hasOlder,
        loading: feed.loadingOlder,
        loadMore: feed.loadOlder,
        noun: "events",
        shown: `${feed.events.length} loaded`,
      };

  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="timeline-heading" className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-xs text-muted">Every stream in the DynamoDB event store, newest first.</p>
        </div>
        <ConnectionStatus feed={feed} />
      </div>
      <TimelineFiltersBar
        filters={filters}
        onChange={setFilters}
        typeCounts={typeCounts}
        streams={streams}
        totalStreams={options?.totalStreams}
      />
      <div aria-live="polite" data-testid="timeline-errors" className="text-sm text-bad empty:hidden">
        {errors.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      <TimelineList
        feed={feed}
        pager={pager}
        shown={visible.length}
        filtering={isFiltering(filters)}
        onClearFilters={clearFilters}
        fullHeight={fullHeight}
      >
        {visible.map((event) => {
          const selected = selectedEvent?.id === event.id;
          return (
            <TimelineEntry
              key={event.id}
              event={event}
              label={eventLabel(event)}
              currentName={currentNameOf(event.streamId)}
              projection={projections[event.id]}
              selected={selected}
              highlighted={rowEventIds.has(event.id)}
              onToggle={toggle}
            >
              {selected ? (
                <EventDetails
                  event={event}
                  events={known}
                  projection={projections[event.id]}
                  labelOf={eventLabel}
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
