/**
 * The read-model panel's data from GET /api/timeline/read-model: reloaded when the page changes, when the
 * selected event's student must be pinned, shortly after newly projected events, and every few seconds.
 */
import { useEffect, useState } from "react";
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
  const [overview, setOverview] = useState(initial);
  const [error, setError] = useState<string>();
  const [page, setPage] = useState(1);

  useEffect(() => {
    let cancelled = false;
    const params = new URLSearchParams({ page: String(page), ...(include ? { include } : {}) });
    const load = async () => {
      try {
        const response = await fetch(`${TIMELINE_ROUTES.readModel}?${params}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const next = (await response.json()) as ReadModelOverview;
        if (!cancelled) {
          setOverview(next);
          setError(undefined);
        }
      } catch {
        if (!cancelled) setError("Cannot reach the MySQL read model; showing the last rows read. Retrying.");
      }
    };
    // A short delay gathers a burst of projected events into one reload.
    const soon = setTimeout(() => void load(), 200);
    const every = setInterval(() => void load(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearTimeout(soon);
      clearInterval(every);
    };
  }, [page, include, projectedTick]);

  return { overview, error, page, setPage };
}
