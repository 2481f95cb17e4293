/**
 * The read-model panel's data from GET /api/timeline/read-model: reloaded when the page changes, when the
 * selected event's student must be pinned, shortly after newly projected events, and every few seconds.
 */
import { useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import { usePolling } from "@/components/ui/use-polling";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import type { ReadModelOverview } from "@/lib/timeline/wire-types";

const REFRESH_MS = 5_000;

export interface ReadModelState {
  overview: ReadModelOverview | undefined;
  error: string | undefined;
  page: number;
  setPage(page: number): void;
}

export function useReadModel(
  initial: ReadModelOverview | undefined,
  include: string | undefined,
  projectedTick: number,
): ReadModelState {
  const [page, setPage] = useState(1);
  const { value: overview, failed } = usePolling({
    read: (signal) => {
      const params = new URLSearchParams({ page: String(page), ...(include ? { include } : {}) });
      return fetchJson<ReadModelOverview>(`${TIMELINE_ROUTES.readModel}?${params}`, { signal });
    },
    intervalMs: REFRESH_MS,
    // A short delay gathers a burst of projected events into one reload.
    delayMs: 200,
    restartKey: JSON.stringify([page, include, projectedTick]),
    initial,
  });
  const error = failed ? "Cannot reach the MySQL read model; showing the last rows read. Retrying." : undefined;
  return { overview, error, page, setPage };
}
