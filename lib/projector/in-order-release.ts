/**
 * Hands each stream's events on in revision order, 1, 2, 3, ..., whatever order they arrive in. A rebuild
 * reads the table with a parallel Scan, which promises no order at all; with this it can fold every page as it
 * arrives instead of waiting for the whole table. Events that arrive early wait here until the ones before
 * them have come.
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import type { CommitToProject } from "@/lib/projector/apply-commits";

export function createInOrderRelease() {
  /** Per stream: the revision released last. */
  const released = new Map<string, number>();
  /** Per stream: events that came before their predecessors, by revision. */
  const waiting = new Map<string, Map<number, RecordedEvent>>();

  return {
    /** The events of `page`, and the waiting ones they unblock, that are next in their streams: one run per stream. */
    release(page: readonly RecordedEvent[]): CommitToProject[] {
      const runs = new Map<string, RecordedEvent[]>();
      for (const event of page) {
        const last = released.get(event.streamId) ?? 0;
        if (event.revision <= last) continue; // a duplicate: already released
        if (event.revision > last + 1) {
          const early = waiting.get(event.streamId) ?? new Map<number, RecordedEvent>();
          early.set(event.revision, event);
          waiting.set(event.streamId, early);
          continue;
        }
        const run = runs.get(event.streamId) ?? [];
        runs.set(event.streamId, run);
        run.push(event);
        let next = event.revision;
        const early = waiting.get(event.streamId);
        for (let found = early?.get(next + 1); found; found = early?.get(next + 1)) {
          run.push(found);
          early!.delete(++next);
        }
        if (early?.size === 0) waiting.delete(event.streamId);
        released.set(event.streamId, next);
      }
      return [...runs].map(([streamId, events]) => ({ streamId, events }));
    },

    /** Streams with events still waiting for a predecessor that never came (a gap): empty when all is well. */
    streamsWithGaps(): { streamId: string; missing: number }[] {
      return [...waiting.keys()].map((streamId) => ({ streamId, missing: (released.get(streamId) ?? 0) + 1 }));
    },

    /** How many streams have released at least one event. */
    get streams(): number {
      return released.size;
    },
  };
}
