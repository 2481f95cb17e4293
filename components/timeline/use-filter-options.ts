/**
 * The filters' choices from the read model (GET /api/timeline/filter-options): every stream and the count of
 * each type among the events passing the other filters, whatever the timeline has loaded. Asked again when
 * those filters change, and at most every two seconds while the projector brings in new events.
 */
import { useEffect, useRef, useState } from "react";
import { serverFilterOf } from "@/lib/timeline/filter-options";
import { NO_FILTERS, type TimelineFilters } from "@/lib/timeline/filters";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import type { FilterOptions } from "@/lib/timeline/wire-types";

const REFRESH_MS = 2_000;

type OptionFilters = Pick<TimelineFilters, "streamId" | "minRevision" | "maxRevision" | "timeRange">;
const keyOf = ({ streamId, minRevision, maxRevision, timeRange }: OptionFilters) =>
  JSON.stringify({ streamId, minRevision, maxRevision, timeRange });
const UNFILTERED = keyOf(NO_FILTERS);

function optionsUrl(key: string): string {
  const filter = serverFilterOf({ ...NO_FILTERS, ...(JSON.parse(key) as Partial<TimelineFilters>) }, Date.now());
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter ?? {}))
    if (value !== undefined && !Array.isArray(value)) params.set(name, String(value));
  return `${TIMELINE_ROUTES.filterOptions}?${params}`;
}

export function useFilterOptions(
  filters: TimelineFilters,
  projectedTick: number,
  initial: FilterOptions | undefined,
): { options: FilterOptions | undefined; error: string | undefined } {
  const [state, setState] = useState<{ options: FilterOptions | undefined; error: string | undefined }>({
    options: initial,
    error: undefined,
  });
  const key = keyOf(filters);
  const last = useRef<{ key: string; at: number }>(undefined);

  useEffect(() => {
    const previous = last.current;
    // The server rendered the unfiltered choices with the page: no need to ask again at once.
    if (!previous && initial && key === UNFILTERED) {
      last.current = { key, at: Date.now() };
      return;
    }
    const wait = previous?.key === key ? Math.max(0, previous.at + REFRESH_MS - Date.now()) : 0;
    let cancelled = false;
    const load = async () => {
      last.current = { key, at: Date.now() };
      try {
        const response = await fetch(optionsUrl(key), { cache: "no-store" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const options = (await response.json()) as FilterOptions;
        if (!cancelled) setState({ options, error: undefined });
      } catch {
        if (!cancelled)
          setState((current) => ({
            ...current,
            error: "Cannot read the filter choices from the read model right now.",
          }));
      }
    };
    const timer = setTimeout(() => void load(), wait);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, projectedTick, initial]);

  return state;
}
