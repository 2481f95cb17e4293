/**
 * Name histories of student streams, folded from the event store's own events (lib/timeline/name-history.ts),
 * for the events the timeline shows: what each event's student was called at that event.
 */
import "server-only";
import type { SandboxStores } from "@/lib/server/app";
import type { RecordedEvent } from "@/lib/event-store/types";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import { sandboxOfStream } from "@/lib/domain/sandbox";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { coversFromStart, foldNameHistory, type NameHistory } from "@/lib/timeline/name-history";
import type { NameHistories } from "@/lib/timeline/wire-types";

export interface NameRequest {
  streamId: string;
  upTo: number;
}

/** Streams read from the store at once: a page of 50 events may name 50 students. */
const PARALLEL_READS = 8;

/** The highest revision of each student stream among `events`: what their labels need. */
export function nameRequestsFor(events: readonly RecordedEvent[]): NameRequest[] {
  const upTo = new Map<string, number>();
  for (const event of events) {
    if (studentIdOfStream(event.streamId) !== undefined)
      upTo.set(event.streamId, Math.max(upTo.get(event.streamId) ?? 0, event.revision));
  }
  return [...upTo].map(([streamId, revision]) => ({ streamId, upTo: revision }));
}

/** Folds each stream up to its revision; `known` events that already hold revisions 1..upTo save a read. */
export async function loadNameHistories(
  stores: SandboxStores,
  requests: readonly NameRequest[],
  known: readonly RecordedEvent[] = [],
): Promise<NameHistories> {
  const histories: NameHistories = {};
  const history = async ({ streamId, upTo }: NameRequest): Promise<NameHistory> => {
    const held = coversFromStart(known.filter((event) => event.streamId === streamId && event.revision <= upTo));
    if (held && held.length === upTo) return foldNameHistory(held);
    return { ...foldNameHistory(await readStreamEvents(stores.store, streamId, { toRevision: upTo })), upTo };
  };
  // Only streams of the viewer's sandbox are read: a stream id from another is simply not answered.
  const wanted = requests.filter(
    ({ streamId, upTo }) =>
      studentIdOfStream(streamId) !== undefined && sandboxOfStream(streamId) === stores.sandbox && upTo >= 1,
  );
  for (let start = 0; start < wanted.length; start += PARALLEL_READS) {
    const batch = wanted.slice(start, start + PARALLEL_READS);
    const folded = await Promise.all(batch.map(history));
    batch.forEach((request, index) => (histories[request.streamId] = folded[index]!));
  }
  return histories;
}
