/**
 * The timeline's filters, server-side: the read model's log of projected events says which events match
 * (lib/read-model/timeline-filter-queries.ts), the event store gives the events themselves.
 */
import "server-only";
import type { SandboxStores } from "@/lib/server/app";
import type { RecordedEvent } from "@/lib/event-store/types";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import {
  countMatchingByType,
  matchingEvents,
  streamSummaries,
  type EventFilter,
  type MatchCursor,
} from "@/lib/read-model/timeline-filter-queries";
import { studentNames, type ProjectionInfo } from "@/lib/read-model/timeline-queries";
import { studentIdsOf } from "@/lib/timeline/timeline-data";
import { compareNewestFirst } from "@/lib/timeline/event-log";
import type { FilterOptions, MatchingPage } from "@/lib/timeline/wire-types";

/** More streams than this make a list nobody scrolls; the filter says how many were left out. */
const MAX_STREAM_CHOICES = 500;

export async function loadFilterOptions(stores: SandboxStores, filter: EventFilter): Promise<FilterOptions> {
  const [{ streams, total }, typeCounts] = await Promise.all([
    streamSummaries(stores.readModel, stores.sandbox, MAX_STREAM_CHOICES),
    countMatchingByType(stores.readModel, stores.sandbox, filter),
  ]);
  const names = await studentNames(
    stores.readModel,
    stores.sandbox,
    streams.map((s) => studentIdOfStream(s.streamId)).filter((id): id is string => id !== undefined),
  );
  return {
    streams: streams.map((s) => {
      const studentId = studentIdOfStream(s.streamId);
      return { ...s, currentName: studentId === undefined ? undefined : names[studentId] };
    }),
    totalStreams: total,
    typeCounts,
  };
}

/** Reads the given events from the store: one read per stream, over the revisions asked for. */
async function readEventsAt(stores: SandboxStores, keys: readonly ProjectionInfo[]): Promise<RecordedEvent[]> {
  const ranges = new Map<string, { from: number; to: number; ids: Set<string> }>();
  for (const { streamId, revision, eventId } of keys) {
    const range = ranges.get(streamId) ?? { from: revision, to: revision, ids: new Set<string>() };
    range.from = Math.min(range.from, revision);
    range.to = Math.max(range.to, revision);
    range.ids.add(eventId);
    ranges.set(streamId, range);
  }
  const read = await Promise.all(
    [...ranges].map(async ([streamId, { from, to, ids }]) =>
      (await readStreamEvents(stores.store, streamId, { fromRevision: from, toRevision: to })).filter((event) =>
        ids.has(event.id),
      ),
    ),
  );
  return read.flat().sort(compareNewestFirst);
}

export async function loadMatchingEvents(
  stores: SandboxStores,
  filter: EventFilter,
  before: MatchCursor | undefined,
): Promise<MatchingPage> {
  const { rows, next } = await matchingEvents(stores.readModel, stores.sandbox, filter, before);
  const events = await readEventsAt(stores, rows);
  const names = await studentNames(stores.readModel, stores.sandbox, studentIdsOf(rows));
  return { events, projections: Object.fromEntries(rows.map((row) => [row.eventId, row])), names, next: next ?? null };
}
