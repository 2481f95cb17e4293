"use client";

/**
 * Filters: stream (students by current name, other streams apart), type (with counts from the read model),
 * revision range, time range and correlation. The choices and counts cover every projected event, loaded or not.
 */
import { useId, useState } from "react";
import { focusRing, inputBase, secondaryButton } from "@/components/ui/styles";
import { EventTypeBadge } from "@/components/timeline/event-type-badge";
import { eventCount, type StreamOption } from "@/lib/timeline/filter-options";
import {
  isFiltering,
  isTimeRangeId,
  NO_FILTERS,
  parseRevisionBound,
  TIME_RANGES,
  type TimelineFilters,
} from "@/lib/timeline/filters";

export interface TimelineFiltersProps {
  filters: TimelineFilters;
  onChange(filters: TimelineFilters): void;
  typeCounts: { type: string; count: number }[];
  streams: { students: StreamOption[]; others: StreamOption[] };
  /** Streams in the read model, when the list was cut to the most recent ones. */
  totalStreams: number | undefined;
}

const field = `${inputBase} border-border py-1 text-xs`;
const labelText = "mb-0.5 block text-xs font-medium text-muted";

export function TimelineFiltersBar({ filters, onChange, typeCounts, streams, totalStreams }: TimelineFiltersProps) {
  const id = useId();
  // The text in the revision boxes, kept as typed; the filter takes the parsed bound.
  const [revisionText, setRevisionText] = useState({ min: "", max: "" });
  // Shows what was typed while it agrees with the filter; a filter cleared from outside empties the box.
  const shown = (text: string, bound: number | undefined) =>
    parseRevisionBound(text) === bound ? text : (bound?.toString() ?? "");
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
          <label htmlFor={`${id}-student`} className={labelText}>
            Student or stream
          </label>
          <select
            id={`${id}-student`}
            className={field}
            value={filters.streamId ?? ""}
            onChange={(e) => set({ streamId: e.target.value || undefined })}
          >
            <option value="">All streams</option>
            {streams.students.length > 0 ? (
              <optgroup label="Students, by current name">
                {streams.students.map((s) => (
                  <option key={s.streamId} value={s.streamId}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {streams.others.length > 0 ? (
              <optgroup label="Other streams">
                {streams.others.map((s) => (
                  <option key={s.streamId} value={s.streamId}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {totalStreams !== undefined && totalStreams > streams.students.length + streams.others.length ? (
              <option
                disabled
                value="-"
              >{`The ${streams.students.length + streams.others.length} most recent of ${totalStreams} streams`}</option>
            ) : null}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-min`} className={labelText}>
            Revision from
          </label>
          <input
            id={`${id}-min`}
            type="number"
            min={1}
            inputMode="numeric"
            className={field}
            value={shown(revisionText.min, filters.minRevision)}
            onChange={(e) => setRevision("min", e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-max`} className={labelText}>
            Revision to
          </label>
          <input
            id={`${id}-max`}
            type="number"
            min={1}
            inputMode="numeric"
            className={field}
            value={shown(revisionText.max, filters.maxRevision)}
            onChange={(e) => setRevision("max", e.target.value)}
          />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor={`${id}-time`} className={labelText}>
            Time
          </label>
          <select
            id={`${id}-time`}
            className={field}
            value={filters.timeRange}
            onChange={(e) => isTimeRangeId(e.target.value) && set({ timeRange: e.target.value })}
          >
            {TIME_RANGES.map((range) => (
              <option key={range.id} value={range.id}>
                {range.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <span
          className="text-xs font-medium text-muted"
          id={`${id}-types`}
          title="Counted in the read model over every projected event"
        >
          Types
        </span>
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
                <span className="tabular-nums text-muted" aria-hidden="true">
                  {count}
                </span>
                <span className="sr-only">{eventCount(count)}</span>
              </button>
            </li>
          ))}
        </ul>
        {filters.correlationId !== undefined ? (
          <button
            type="button"
            onClick={() => set({ correlationId: undefined })}
            className={`${secondaryButton} px-2 py-0.5 text-xs`}
            aria-label="Stop filtering by correlation id"
          >
            Correlation {filters.correlationId.slice(0, 8)}… <span className="text-muted">(loaded events only)</span>{" "}
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
        <button
          type="button"
          onClick={clear}
          disabled={!isFiltering(filters)}
          className={`${secondaryButton} ml-auto px-2 py-0.5 text-xs`}
        >
          Clear filters
        </button>
      </div>
    </div>
  );
}
