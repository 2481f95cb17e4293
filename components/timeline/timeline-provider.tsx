"use client";

/**
 * The state the timeline and the read-model panel share: the live events, what the projector made of them,
 * and the one current selection (an event, whose changed rows light up, or a row, whose events light up).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useLiveFeed, type LiveFeed } from "@/components/timeline/use-live-feed";
import { useProjection, type Projection } from "@/components/timeline/use-projection";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { RowEvent } from "@/lib/read-model/timeline-queries";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import type { FeedPage, ProjectionSnapshot } from "@/lib/timeline/wire-types";

export interface RowSelection {
  row: string;
  /** undefined while loading. */
  events: RowEvent[] | undefined;
  error: string | undefined;
}

export interface TimelineContextValue extends Projection {
  feed: LiveFeed;
  /** The student's name when the read model knows it, else the stream id. */
  labelOf(streamId: string): string;
  selectedEvent: RecordedEvent | undefined;
  selectEvent(eventId: string | undefined): void;
  selectedRow: RowSelection | undefined;
  selectRow(row: string | undefined): void;
}

const TimelineContext = createContext<TimelineContextValue | undefined>(undefined);

export function useTimeline(): TimelineContextValue {
  const value = useContext(TimelineContext);
  if (!value) throw new Error("useTimeline needs a <TimelineProvider> around it");
  return value;
}

async function fetchRowEvents(row: string): Promise<RowEvent[]> {
  const response = await fetch(`${TIMELINE_ROUTES.rowEvents}?${new URLSearchParams({ row })}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { events: RowEvent[] }).events;
}

export function TimelineProvider({ initialPage, initialProjection, children }: { initialPage: FeedPage | undefined; initialProjection: ProjectionSnapshot | undefined; children: ReactNode }) {
  const feed = useLiveFeed(initialPage);
  const projection = useProjection(feed.events, initialProjection);
  const [selectedEventId, setSelectedEventId] = useState<string>();
  const [selectedRow, setSelectedRow] = useState<RowSelection>();
  const { names } = projection;

  const labelOf = useCallback(
    (streamId: string) => {
      const studentId = studentIdOfStream(streamId);
      return (studentId !== undefined && names[studentId]) || streamId;
    },
    [names],
  );

  const selectEvent = useCallback((eventId: string | undefined) => {
    setSelectedEventId(eventId);
    if (eventId !== undefined) setSelectedRow(undefined);
  }, []);

  const selectRow = useCallback((row: string | undefined) => {
    setSelectedRow(row === undefined ? undefined : { row, events: undefined, error: undefined });
    if (row !== undefined) setSelectedEventId(undefined);
  }, []);

  // (Re)load the events behind the selected row when it changes and whenever more events reach the read model.
  const rowKey = selectedRow?.row;
  const { projectedTick } = projection;
  useEffect(() => {
    if (rowKey === undefined) return;
    let cancelled = false;
    fetchRowEvents(rowKey).then(
      (events) => !cancelled && setSelectedRow((current) => (current?.row === rowKey ? { row: rowKey, events, error: undefined } : current)),
      () =>
        !cancelled &&
        setSelectedRow((current) => (current?.row === rowKey ? { ...current, error: "Could not load the events behind this row. Select it again to retry." } : current)),
    );
    return () => {
      cancelled = true;
    };
  }, [rowKey, projectedTick]);

  const selectedEvent = useMemo(() => feed.events.find((event) => event.id === selectedEventId), [feed.events, selectedEventId]);

  const value = useMemo<TimelineContextValue>(
    () => ({ ...projection, feed, labelOf, selectedEvent, selectEvent, selectedRow, selectRow }),
    [projection, feed, labelOf, selectedEvent, selectEvent, selectedRow, selectRow],
  );
  return <TimelineContext.Provider value={value}>{children}</TimelineContext.Provider>;
}
