/**
 * The timeline's filters, applied in the browser to the events loaded so far. Counts per type are taken over
 * the events that pass every other filter, so they say what ticking that type would show.
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

function matchesAllBut(event: RecordedEvent, filters: TimelineFilters, now: number, skipTypes: boolean): boolean {
  if (filters.streamId !== undefined && event.streamId !== filters.streamId) return false;
  if (!skipTypes && filters.types.length > 0 && !filters.types.includes(event.type)) return false;
  if (filters.minRevision !== undefined && event.revision < filters.minRevision) return false;
  if (filters.maxRevision !== undefined && event.revision > filters.maxRevision) return false;
  if (filters.correlationId !== undefined && event.metadata.correlationId !== filters.correlationId) return false;
  const range = TIME_RANGES.find((r) => r.id === filters.timeRange);
  if (range?.ms !== undefined && Date.parse(event.recordedAt) < now - range.ms) return false;
  return true;
}

export function matchesFilters(event: RecordedEvent, filters: TimelineFilters, now: number): boolean {
  return matchesAllBut(event, filters, now, false);
}

export function filterEvents(events: readonly RecordedEvent[], filters: TimelineFilters, now: number): RecordedEvent[] {
  return isFiltering(filters) ? events.filter((event) => matchesFilters(event, filters, now)) : [...events];
}

/** Every type seen in `events`, alphabetically, with how many pass the other filters (a selected type with none stays listed). */
export function countByType(events: readonly RecordedEvent[], filters: TimelineFilters, now: number): { type: string; count: number }[] {
  const counts = new Map<string, number>(filters.types.map((type) => [type, 0]));
  for (const event of events) {
    const passes = matchesAllBut(event, filters, now, true);
    counts.set(event.type, (counts.get(event.type) ?? 0) + (passes ? 1 : 0));
  }
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type));
}

/** The streams among `events` to pick from, labelled with the student's name when it is known. */
export function streamOptions(events: readonly RecordedEvent[], labelOf: (streamId: string) => string): { streamId: string; label: string }[] {
  const ids = [...new Set(events.map((event) => event.streamId))];
  return ids.map((streamId) => ({ streamId, label: labelOf(streamId) })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Reads a revision bound from a number field: blank means no bound, anything else below 1 is ignored. */
export function parseRevisionBound(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}
