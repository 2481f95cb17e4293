"use client";

/**
 * The state the timeline and the read-model panel share: the live events (and those a filter found), what the
 * projector made of them, each event's student name then and now, and the one current selection (an event,
 * whose changed rows light up, or a row, whose events light up).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import { useLiveFeed, type LiveFeed } from "@/components/timeline/use-live-feed";
import { useNameHistories } from "@/components/timeline/use-name-histories";
import { useProjection, type Projection } from "@/components/timeline/use-projection";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { RowEvent } from "@/lib/read-model/timeline-queries";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { mergeEvents } from "@/lib/timeline/event-log";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import type {
  FeedPage,
  FilterOptions,
  MatchingPage,
  NameHistories,
  ProjectionSnapshot,
} from "@/lib/timeline/wire-types";

export interface RowSelection {
  row: string;
  /** undefined while loading. */
  events: RowEvent[] | undefined;
  error: string | undefined;
}

export interface TimelineContextValue extends Projection {
  feed: LiveFeed;
  /** Every event the page holds: the feed's, and those filters found further back. */
  known: readonly RecordedEvent[];
  /** Keeps a filter's page of matching events, with their projections and names. */
  remember(page: MatchingPage): void;
  /** The student's current name when the read model knows it, else the stream id. */
  labelOf(streamId: string): string;
  /** The student's current name in the read model, for student streams it knows. */
  currentNameOf(streamId: string): string | undefined;
  /** What the event's student was called at that event (folded from the events), else the stream id. */
  eventLabel(event: { streamId: string; revision: number }): string;
  initialFilterOptions: FilterOptions | undefined;
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
  const url = `${TIMELINE_ROUTES.rowEvents}?${new URLSearchParams({ row })}`;
  return (await fetchJson<{ events: RowEvent[] }>(url)).events;
}

export interface TimelineStart {
  initialPage: FeedPage | undefined;
  initialProjection: ProjectionSnapshot | undefined;
  initialNames: NameHistories | undefined;
  initialFilterOptions: FilterOptions | undefined;
}

export function TimelineProvider({
  initialPage,
  initialProjection,
  initialNames,
  initialFilterOptions,
  children,
}: TimelineStart & { children: ReactNode }) {
  const feed = useLiveFeed(initialPage);
  const projection = useProjection(feed.events, initialProjection);
  const [found, setFound] = useState<readonly RecordedEvent[]>([]);
  const known = useMemo(() => mergeEvents(feed.events, found), [feed.events, found]);
  const nameAt = useNameHistories(known, initialNames);
  const [selectedEventId, setSelectedEventId] = useState<string>();
  const [selectedRow, setSelectedRow] = useState<RowSelection>();
  const { names, addSnapshot } = projection;

  const currentNameOf = useCallback(
    (streamId: string) => {
      const studentId = studentIdOfStream(streamId);
      return studentId === undefined ? undefined : names[studentId];
    },
    [names],
  );
  const labelOf = useCallback((streamId: string) => currentNameOf(streamId) ?? streamId, [currentNameOf]);
  const eventLabel = useCallback(
    ({ streamId, revision }: { streamId: string; revision: number }) => nameAt(streamId, revision) ?? streamId,
    [nameAt],
  );

  const remember = useCallback(
    (page: MatchingPage) => {
      addSnapshot(page);
      setFound((current) => mergeEvents(current, page.events));
    },
    [addSnapshot],
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
      (events) =>
        !cancelled &&
        setSelectedRow((current) => (current?.row === rowKey ? { row: rowKey, events, error: undefined } : current)),
      () =>
        !cancelled &&
        setSelectedRow((current) =>
          current?.row === rowKey
            ? { ...current, error: "Could not load the events behind this row. Select it again to retry." }
            : current,
        ),
    );
    return () => {
      cancelled = true;
    };
  }, [rowKey, projectedTick]);

  const selectedEvent = useMemo(() => known.find((event) => event.id === selectedEventId), [known, selectedEventId]);

  const value = useMemo<TimelineContextValue>(
    () => ({
      ...projection,
      feed,
      known,
      remember,
      labelOf,
      currentNameOf,
      eventLabel,
      initialFilterOptions,
      selectedEvent,
      selectEvent,
      selectedRow,
      selectRow,
    }),
    [
      projection,
      feed,
      known,
      remember,
      labelOf,
      currentNameOf,
      eventLabel,
      initialFilterOptions,
      selectedEvent,
      selectEvent,
      selectedRow,
      selectRow,
    ],
  );
  return <TimelineContext.Provider value={value}>{children}</TimelineContext.Provider>;
}
