/**
 * The filters' choices from the read model (GET /api/timeline/filter-options): every stream and the count of
 * each type among the events passing the other filters, whatever the timeline has loaded. Asked again when
 * those filters change, and at most every two seconds while the projector brings in new events.
 */
import { useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import { usePolling } from "@/components/ui/use-polling";
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

/** The filters and the projected tick that a read of the choices answers. */
interface Asked {
  key: string;
  tick: number;
}

export function useFilterOptions(
  filters: TimelineFilters,
  projectedTick: number,
  initial: FilterOptions | undefined,
): { options: FilterOptions | undefined; error: string | undefined } {
  const key = keyOf(filters);
  // The server rendered the unfiltered choices with the page: no need to ask again at once.
  const [answered, setAnswered] = useState<Asked | undefined>(() =>
    initial && key === UNFILTERED ? { key, tick: projectedTick } : undefined,
  );
  const { value, failed } = usePolling<{ options: FilterOptions; asked: Asked }>({
    read: async (signal) => {
      const asked = { key, tick: projectedTick };
      return { asked, options: await fetchJson<FilterOptions>(optionsUrl(key), { signal }) };
    },
    intervalMs: REFRESH_MS,
    restartKey: key,
    // Only while the choices shown answer other filters, or the projector has moved on since they were read.
    enabled: answered?.key !== key || answered.tick !== projectedTick,
    initial: initial && { options: initial, asked: { key: UNFILTERED, tick: projectedTick } },
    onValue: ({ asked }) => setAnswered(asked),
  });
  return {
    options: value?.options,
    error: failed ? "Cannot read the filter choices from the read model right now." : undefined,
  };
}
