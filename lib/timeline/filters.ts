/**
 * The timeline's filters, as the browser applies them to the events it holds: those it loaded and those the
 * server found matching (lib/timeline/filter-options.ts says what the server applies; all but correlation).
 */
import type { RecordedEvent } from "@/lib/event-store/types";

export const TIME_RANGES = [
  { id: "all", label: "Any time", ms: undefined },
  { id: "1m", label: "Last minute", ms: 60_000 },
  { id: "5m", label: "Last 5 minutes", ms: 5 * 60_000 },
  { id: "1h", label: "Last hour", ms: 60 * 60_000 },
  { id: "24h", label: "Last 24 hours", ms: 24 * 60 * 60_000 },
] as const;

export type TimeRangeId = (typeof TIME_RANGES)[number]["id"];

export interface TimelineFilters {
  /** One stream (a student), or every stream. */
  streamId: string | undefined;
  /** Event types to show; empty shows every type. */
  types: readonly string[];
  minRevision: number | undefined;
  maxRevision: number | undefined;
  timeRange: TimeRangeId;
  correlationId: string | undefined;
}

export const NO_FILTERS: TimelineFilters = {
  streamId: undefined,
  types: [],
  minRevision: undefined,
  maxRevision: undefined,
  timeRange: "all",
  correlationId: undefined,
};

export function isTimeRangeId(value: string): value is TimeRangeId {
  return TIME_RANGES.some((range) => range.id === value);
}

export function isFiltering(filters: TimelineFilters): boolean {
  return (
    filters.streamId !== undefined ||
    filters.types.length > 0 ||
    filters.minRevision !== undefined ||
    filters.maxRevision !== undefined ||
    filters.timeRange !== "all" ||
    filters.correlationId !== undefined
  );
}

export function matchesFilters(event: RecordedEvent, filters: TimelineFilters, now: number): boolean {
  if (filters.streamId !== undefined && event.streamId !== filters.streamId) return false;
  if (filters.types.length > 0 && !filters.types.includes(event.type)) return false;
  if (filters.minRevision !== undefined && event.revision < filters.minRevision) return false;
  if (filters.maxRevision !== undefined && event.revision > filters.maxRevision) return false;
  if (filters.correlationId !== undefined && event.metadata.correlationId !== filters.correlationId) return false;
  const range = TIME_RANGES.find((r) => r.id === filters.timeRange);
  if (range?.ms !== undefined && Date.parse(event.recordedAt) < now - range.ms) return false;
  return true;
}

export function filterEvents(events: readonly RecordedEvent[], filters: TimelineFilters, now: number): RecordedEvent[] {
  return isFiltering(filters) ? events.filter((event) => matchesFilters(event, filters, now)) : [...events];
}

/** Reads a revision bound from a number field: blank means no bound, anything else below 1 is ignored. */
export function parseRevisionBound(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}
