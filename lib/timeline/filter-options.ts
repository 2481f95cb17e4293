/**
 * What the filter controls offer, built from the read model's answer (app/api/timeline/filter-options): the
 * streams, students apart from other streams, and types with their counts. Pure, so it is unit tested.
 */
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import type { EventFilter } from "@/lib/read-model/timeline-filter-queries";
import { TIME_RANGES, type TimelineFilters } from "@/lib/timeline/filters";

export interface StreamOption {
  streamId: string;
  label: string;
}

const byLabel = (a: StreamOption, b: StreamOption) =>
  a.label.localeCompare(b.label, "en") || (a.streamId < b.streamId ? -1 : 1);

/** Gives each of a set of equal labels enough of its student id to tell them apart. */
function disambiguate(options: StreamOption[]): StreamOption[] {
  const withSuffix = (length: number) => (option: StreamOption) => {
    const id = studentIdOfStream(option.streamId) ?? option.streamId;
    return { ...option, label: `${option.label} · ${length === 0 ? id : id.slice(0, length)}` };
  };
  const repeated = (list: StreamOption[]) => {
    const seen = new Map<string, number>();
    for (const option of list) seen.set(option.label, (seen.get(option.label) ?? 0) + 1);
    return (option: StreamOption) => (seen.get(option.label) ?? 0) > 1;
  };
  const first = repeated(options);
  const short = options.map((option) => (first(option) ? withSuffix(8)(option) : option));
  const second = repeated(short);
  return short.map((option, index) => (second(option) ? withSuffix(0)(options[index]!) : option));
}

/**
 * Students by their current name (with a short id where two share one), other streams by their id. Streams
 * only the browser has seen so far (not projected yet) are added, so a brand-new student can be picked too.
 */
export function streamChoiceGroups(
  choices: readonly { streamId: string; currentName: string | undefined }[],
  loadedStreamIds: readonly string[],
  currentNameOf: (streamId: string) => string | undefined,
): { students: StreamOption[]; others: StreamOption[] } {
  const all = new Map(choices.map((choice) => [choice.streamId, choice.currentName]));
  for (const streamId of loadedStreamIds) if (!all.has(streamId)) all.set(streamId, currentNameOf(streamId));
  const students: StreamOption[] = [];
  const others: StreamOption[] = [];
  for (const [streamId, name] of all) {
    if (studentIdOfStream(streamId) === undefined) others.push({ streamId, label: streamId });
    else students.push({ streamId, label: name ?? streamId });
  }
  return { students: disambiguate(students).sort(byLabel), others: others.sort(byLabel) };
}

/** The read model's counts per type, plus any chosen type it has none of (listed at zero, so it can be unticked). */
export function typeChoices(
  counts: readonly { type: string; count: number }[],
  chosen: readonly string[],
): { type: string; count: number }[] {
  const missing = chosen.filter((type) => !counts.some((c) => c.type === type)).map((type) => ({ type, count: 0 }));
  return [...counts, ...missing].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** "1 event", "2 events". */
export const eventCount = (count: number) => `${count} event${count === 1 ? "" : "s"}`;

/**
 * The filters the server applies (every one but the correlation id), with the time range turned into a start
 * time at `now`; undefined when none is set.
 */
export function serverFilterOf(filters: TimelineFilters, now: number): EventFilter | undefined {
  const range = TIME_RANGES.find((r) => r.id === filters.timeRange);
  const since = range?.ms !== undefined ? new Date(now - range.ms).toISOString() : undefined;
  const { streamId, types, minRevision, maxRevision } = filters;
  if (
    streamId === undefined &&
    types.length === 0 &&
    minRevision === undefined &&
    maxRevision === undefined &&
    since === undefined
  )
    return undefined;
  return { streamId, types: [...types], minRevision, maxRevision, since };
}
