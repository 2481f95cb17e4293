/** Addresses of the event store's HTTP feed (app/api/events) and of the timeline's own read-model routes. */

/** Events per page, for the first page and for each "Load older". */
export const TIMELINE_PAGE_SIZE = 50;

export function olderPageUrl(from: string, limit = TIMELINE_PAGE_SIZE): string {
  return `/api/events?${new URLSearchParams({ from, direction: "backwards", limit: String(limit) })}`;
}

/** Resumes after an SSE message id when there is one; otherwise starts with the newest `backfill` events. */
export function liveFeedUrl(start: { after: string } | { backfill: number }): string {
  const params: Record<string, string> =
    "after" in start ? { after: start.after } : { backfill: String(start.backfill) };
  return `/api/events/live?${new URLSearchParams(params)}`;
}

export const TIMELINE_ROUTES = {
  projection: "/api/timeline/projection",
  readModel: "/api/timeline/read-model",
  rowEvents: "/api/timeline/row-events",
  activity: "/api/timeline/activity",
  names: "/api/timeline/names",
  filterOptions: "/api/timeline/filter-options",
  matchingEvents: "/api/timeline/matching-events",
} as const;
