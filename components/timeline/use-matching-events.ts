/**
 * The events matching the timeline's filters, found by the server over every projected event (POST
 * /api/timeline/matching-events), newest first, a page at a time. Inactive (no request) while no filter the
 * server applies is set. Each page also goes to `onPage`, so projections and names are known for its events.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { EventFilter, MatchCursor } from "@/lib/read-model/timeline-filter-queries";
import { mergeEvents } from "@/lib/timeline/event-log";
import { serverFilterOf } from "@/lib/timeline/filter-options";
import { NO_FILTERS, type TimelineFilters } from "@/lib/timeline/filters";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import type { MatchingPage } from "@/lib/timeline/wire-types";

export interface MatchingEvents {
  active: boolean;
  events: readonly RecordedEvent[];
  /** False until the first page is there. */
  loaded: boolean;
  hasMore: boolean;
  loading: boolean;
  loadMore(): Promise<void>;
  error: string | undefined;
}

interface Search {
  key: string;
  events: readonly RecordedEvent[];
  next: MatchCursor | null;
  loaded: boolean;
  loading: boolean;
  error: string | undefined;
}

function fetchMatches(filter: EventFilter, before: MatchCursor | undefined): Promise<MatchingPage> {
  return fetchJson<MatchingPage>(TIMELINE_ROUTES.matchingEvents, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ filter, before }),
  });
}

const EMPTY: Search = { key: "", events: [], next: null, loaded: false, loading: false, error: undefined };
const FAILED = "Could not search the read model for matching events. Try again.";

export function useMatchingEvents(filters: TimelineFilters, onPage: (page: MatchingPage) => void): MatchingEvents {
  const { streamId, types, minRevision, maxRevision, timeRange } = filters;
  const key = JSON.stringify({ streamId, types, minRevision, maxRevision, timeRange });
  const active = serverFilterOf(filters, 0) !== undefined;
  const [search, setSearch] = useState<Search>(EMPTY);
  // The filter as first sent, time range turned into a start time then, so later pages continue the same question.
  const query = useRef<{ key: string; filter: EventFilter | undefined }>({ key: "", filter: undefined });

  const load = useCallback(
    async (asked: string, filter: EventFilter, before: MatchCursor | undefined) => {
      // A first page starts the search afresh; a later one adds to it, if it is still the search shown.
      const update = (change: (search: Search) => Search) =>
        setSearch((s) => (s.key === asked ? change(s) : before === undefined ? change({ ...EMPTY, key: asked }) : s));
      try {
        const page = await fetchMatches(filter, before);
        if (query.current.key !== asked) return;
        onPage(page);
        update((s) => ({
          ...s,
          events: mergeEvents(s.events, page.events),
          next: page.next,
          loaded: true,
          loading: false,
          error: undefined,
        }));
      } catch {
        if (query.current.key === asked) update((s) => ({ ...s, loaded: true, loading: false, error: FAILED }));
      }
    },
    [onPage],
  );

  // Until the first page of a new filter is back, `search.key` is the old one: the search reads as loading.
  useEffect(() => {
    const filter = serverFilterOf({ ...NO_FILTERS, ...(JSON.parse(key) as Partial<TimelineFilters>) }, Date.now());
    query.current = { key, filter };
    if (filter) void load(key, filter, undefined);
  }, [key, load]);

  const current = search.key === key ? search : undefined;
  const loadMore = useCallback(async () => {
    const { key: asked, filter } = query.current;
    if (!filter || !current?.next || current.loading) return;
    setSearch((s) => (s.key === asked ? { ...s, loading: true } : s));
    await load(asked, filter, current.next);
  }, [current, load]);

  return {
    active,
    events: current?.events ?? [],
    loaded: current?.loaded ?? false,
    hasMore: current?.next != null,
    loading: current?.loading ?? active,
    loadMore,
    error: current?.error,
  };
}
