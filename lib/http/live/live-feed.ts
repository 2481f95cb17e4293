/**
 * The reader behind GET /api/events/live: each read returns the events that became visible since the last one,
 * in feed order. One per server process (live-hub.ts), shared by every open connection.
 *
 * The feed's order is best-effort across writer processes (docs/event-store.md): a commit can become visible
 * after a later one, sorting before positions already passed. So every read re-reads from a position the
 * feed's frontier had OVERLAP_MS ago, not from the last position returned, and skips event ids it has returned
 * since. Positions stay opaque: the window is chosen by when a position was seen, never by parsing it.
 *
 * Guarantees: no event is returned twice; an event that becomes visible within OVERLAP_MS of the frontier is
 * returned. Everything visible when the window opened (up to SEED_EVENTS back) counts as already returned.
 */
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";

export const OVERLAP_MS = 5_000;
/** How many events before the start point are read to seed the window (and marked as already seen). */
export const SEED_EVENTS = 100;
/** The store's largest page of readAll. */
export const PAGE_SIZE = 1000;

export interface FeedWindow {
  /** The events that became visible since the last read (or since the window opened), each once. */
  read(): Promise<RecordedEvent[]>;
}

export async function openFeedWindow(store: EventStore, clock: () => number = Date.now): Promise<FeedWindow> {
  /** Event id → when it was returned (or marked as seen). */
  const sent = new Map<string, number>();
  /** Frontier positions with when they were reached, oldest first; only changes are recorded. */
  const history: { at: number; position: string }[] = [];
  let windowStartAt = Number.NEGATIVE_INFINITY;

  const seed = await store.readAll({ direction: "backwards", maxCount: SEED_EVENTS });
  const openedAt = clock();
  for (const event of seed.events) sent.set(event.id, openedAt);
  /** Each read goes forwards from here (exclusive); it trails the frontier by OVERLAP_MS. */
  let windowStart = seed.events.at(-1)?.position;

  async function readWindow(now: number): Promise<RecordedEvent[]> {
    const fresh: RecordedEvent[] = [];
    let from = windowStart;
    let last: string | undefined;
    for (;;) {
      const page = await store.readAll({ from, direction: "forwards", maxCount: PAGE_SIZE });
      for (const event of page.events) {
        if (sent.has(event.id)) continue;
        sent.set(event.id, now);
        fresh.push(event);
      }
      last = page.events.at(-1)?.position ?? last;
      if (page.nextPosition === undefined) break;
      from = page.nextPosition;
    }
    if (last !== undefined && history.at(-1)?.position !== last) history.push({ at: now, position: last });
    return fresh;
  }

  function advanceWindow(now: number): void {
    while (history[0] && history[0].at <= now - OVERLAP_MS) {
      const reached = history.shift()!;
      windowStart = reached.position;
      windowStartAt = reached.at;
    }
    // Anything returned by the time the window's start was the frontier sorts at or before it: never re-read.
    for (const [id, at] of sent) if (at <= windowStartAt) sent.delete(id);
  }

  return {
    async read() {
      const now = clock();
      advanceWindow(now);
      return readWindow(now);
    },
  };
}
