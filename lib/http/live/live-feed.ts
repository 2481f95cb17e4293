/**
 * The reader behind GET /api/events/live: each poll returns the events not sent yet, in feed order.
 *
 * The feed's order is best-effort across writer processes (docs/event-store.md): a commit can become visible
 * after a later one, sorting before positions already passed. So every poll re-reads from a position the
 * feed's frontier had OVERLAP_MS ago, not from the last position sent, and skips event ids it has sent since.
 * Positions stay opaque: the window is chosen by when a position was seen, never by parsing it.
 *
 * Guarantees: no event is sent twice on one connection; an event that becomes visible within OVERLAP_MS of
 * the frontier is sent. On resume, every visible event after the resume point is sent, and none before it.
 */
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import type { ResumePoint } from "@/lib/http/live/resume-point";

export const OVERLAP_MS = 5_000;
/** How many events before the start point are read to seed the window (and marked as already seen). */
const SEED_EVENTS = 100;
const PAGE_SIZE = 1000;

export type LiveFeedStart = { resume: ResumePoint } | { backfill: number };

export interface LiveFeed {
  /** The events to send right after connecting: the backfill, or what came after the resume point. */
  initial: RecordedEvent[];
  poll(): Promise<RecordedEvent[]>;
}

export async function openLiveFeed(
  store: EventStore,
  start: LiveFeedStart,
  clock: () => number = Date.now,
): Promise<LiveFeed> {
  /** Event id → when it was sent (or marked as seen). */
  const sent = new Map<string, number>();
  /** Frontier positions with when they were reached, oldest first; only changes are recorded. */
  const history: { at: number; position: string }[] = [];
  let windowStartAt = Number.NEGATIVE_INFINITY;
  /** Inside the resume commit, events are skipped up to and including the resume event (all of it for a bare position). */
  const resume = "resume" in start ? { ...start.resume, skipping: true } : undefined;

  const seed = await store.readAll({
    from: resume?.position,
    direction: "backwards",
    maxCount: Math.min(Math.max("backfill" in start ? start.backfill : 0, SEED_EVENTS), PAGE_SIZE),
  });
  const openedAt = clock();
  const backfill = "backfill" in start ? seed.events.slice(0, start.backfill).reverse() : [];
  for (const event of seed.events) sent.set(event.id, openedAt);
  /** Each poll reads forwards from here (exclusive); it trails the frontier by OVERLAP_MS. */
  let windowStart = seed.events.at(-1)?.position;

  /** The events not sent yet, marked as sent now. */
  function unsent(events: readonly RecordedEvent[], now: number): RecordedEvent[] {
    const fresh: RecordedEvent[] = [];
    for (const event of events) {
      if (sent.has(event.id)) continue;
      sent.set(event.id, now);
      if (resume?.skipping && event.position === resume.position) {
        if (event.id === resume.eventId) resume.skipping = false;
        continue;
      }
      fresh.push(event);
    }
    return fresh;
  }

  async function readWindow(now: number): Promise<RecordedEvent[]> {
    const fresh: RecordedEvent[] = [];
    let from = windowStart;
    let last: string | undefined;
    for (;;) {
      const page = await store.readAll({ from, direction: "forwards", maxCount: PAGE_SIZE });
      fresh.push(...unsent(page.events, now));
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
    // Anything sent by the time the window's start was the frontier sorts at or before it: never re-read.
    for (const [id, at] of sent) if (at <= windowStartAt) sent.delete(id);
  }

  const initial = [...backfill, ...(await readWindow(openedAt))];
  return {
    initial,
    async poll() {
      const now = clock();
      advanceWindow(now);
      return readWindow(now);
    },
  };
}
