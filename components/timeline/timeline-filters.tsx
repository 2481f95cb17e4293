"use client";

/** Filters over the loaded events: student, type (with counts), revision range, time range and correlation. */
import { useId, useState } from "react";
import { focusRing, inputBase, secondaryButton } from "@/components/students/styles";
import { EventTypeBadge } from "@/components/timeline/event-type-badge";
import { isFiltering, isTimeRangeId, NO_FILTERS, parseRevisionBound, TIME_RANGES, type TimelineFilters } from "@/lib/timeline/filters";

export interface TimelineFiltersProps {
  filters: TimelineFilters;
  onChange(filters: TimelineFilters): void;
  typeCounts: { type: string; count: number }[];
  streams: { streamId: string; label: string }[];
}

const field = `${inputBase} border-border py-1 text-xs`;
const labelText = "mb-0.5 block text-xs font-medium text-muted";

export function TimelineFiltersBar({ filters, onChange, typeCounts, streams }: TimelineFiltersProps) {
  const id = useId();
  // The text in the revision boxes, kept as typed; the filter takes the parsed bound.
  const [revisionText, setRevisionText] = useState({ min: "", max: "" });
  // Shows what was typed while it agrees with the filter; a filter cleared from outside empties the box.
  const shown = (text: string, bound: number | undefined) => (parseRevisionBound(text) === bound ? text : (bound?.toString() ?? ""));
  const set = (change: Partial<TimelineFilters>) => onChange({ ...filters, ...change });
  const toggleType = (type: string) =>
    set({ types: filters.types.includes(type) ? filters.types.filter((t) => t !== type) : [...filters.types, type] });
  const setRevision = (which: "min" | "max", text: string) => {
    setRevisionText((current) => ({ ...current, [which]: text }));
    set(which === "min" ? { minRevision: parseRevisionBound(text) } : { maxRevision: parseRevisionBound(text) });
  };
  const clear = () => {
    setRevisionText({ min: "", max: "" });
    onChange(NO_FILTERS);
  };

  return (
    <div role="group" aria-label="Filters" className="space-y-2">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-[minmax(0,2fr)_repeat(2,minmax(0,1fr))_minmax(0,1.5fr)]">
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor={`${id}-student`} className={labelText}>Student</label>
          <select id={`${id}-student`} className={field} value={filters.streamId ?? ""} onChange={(e) => set({ streamId: e.target.value || undefined })}>
            <option value="">All students</option>
            {streams.map((s) => (
              <option key={s.streamId} value={s.streamId}>{s.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-min`} className={labelText}>Revision from</label>
          <input id={`${id}-min`} type="number" min={1} inputMode="numeric" className={field} value={shown(revisionText.min, filters.minRevision)} onChange={(e) => setRevision("min", e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-max`} className={labelText}>Revision to</label>
          <input id={`${id}-max`} type="number" min={1} inputMode="numeric" className={field} value={shown(revisionText.max, filters.maxRevision)} onChange={(e) => setRevision("max", e.target.value)} />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor={`${id}-time`} className={labelText}>Time</label>
          <select id={`${id}-time`} className={field} value={filters.timeRange} onChange={(e) => isTimeRangeId(e.target.value) && set({ timeRange: e.target.value })}>
            {TIME_RANGES.map((range) => (
              <option key={range.id} value={range.id}>{range.label}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-xs font-medium text-muted" id={`${id}-types`}>Types</span>
        <ul aria-labelledby={`${id}-types`} className="contents">
          {typeCounts.map(({ type, count }) => (
            <li key={type} className="contents">
              <button
                type="button"
                aria-pressed={filters.types.includes(type)}
                onClick={() => toggleType(type)}
                className={`inline-flex items-center gap-1 rounded-md p-0.5 pr-1.5 text-xs ring-1 ring-inset ring-transparent hover:bg-background aria-pressed:bg-background aria-pressed:ring-accent ${focusRing}`}
              >
                <EventTypeBadge type={type} />
                <span className="tabular-nums text-muted" aria-hidden="true">{count}</span>
                <span className="sr-only">{count} events</span>
              </button>
            </li>
          ))}
        </ul>
        {filters.correlationId !== undefined ? (
          <button type="button" onClick={() => set({ correlationId: undefined })} className={`${secondaryButton} px-2 py-0.5 text-xs`} aria-label="Stop filtering by correlation id">
            Correlation {filters.correlationId.slice(0, 8)}… <span aria-hidden="true">×</span>
          </button>
        ) : null}
        <button type="button" onClick={clear} disabled={!isFiltering(filters)} className={`${secondaryButton} ml-auto px-2 py-0.5 text-xs`}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
