/**
 * One connection's view of the live feed: its own catch-up read, then the hub's shared stream.
 *
 * The handover has no gap and no duplicate because of its order: join the hub first (its deliveries wait in a
 * buffer), then read the store (the catch-up), then send the catch-up and after it the buffered and later
 * deliveries, minus every event id the catch-up read. An event the hub marked as seen before the join was
 * visible before the catch-up read, so the catch-up has it (when it comes after the starting point); anything
 * else reaches the hub later and is delivered to this member. The hub delivers an event at the latest in the
 * first poll that starts after the catch-up read ended, so once such a poll's batch is through, the catch-up's
 * ids are dropped.
 *
 * What is sent is what the old per-connection reader sent: on resume, every visible event after the resume
 * point (inside its commit: after the resume event; for a bare position: after the whole commit) and none
 * visible before it; without one, the newest `backfill` events, then only events that were not visible yet.
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import { PAGE_SIZE, SEED_EVENTS } from "@/lib/http/live/live-feed";
import { everyEvent, type LiveFilter, type LiveHub } from "@/lib/http/live/live-hub";
import type { ResumePoint } from "@/lib/http/live/resume-point";

export type LiveFeedStart = { resume: ResumePoint } | { backfill: number };

export interface LiveSink {
  events(events: readonly RecordedEvent[]): void;
  pollFailed(): void;
}

export interface LiveSubscription {
  /** The events to send right after connecting: the backfill, or what came after the resume point. */
  initial: RecordedEvent[];
  /** From now on the sink gets every later event (first those that arrived during the catch-up). */
  start(sink: LiveSink): void;
  /** Leaves the hub; idempotent. */
  close(): void;
}

interface CatchUp {
  initial: RecordedEvent[];
  /** Every id the catch-up read, sent or not: the hub must not send them again. */
  seen: Set<string>;
}

async function catchUpAfter(hub: LiveHub, resume: ResumePoint, filter: LiveFilter): Promise<CatchUp> {
  const seen = new Set<string>();
  // The events just before the resume point, as the old reader's seed: a client never gets them again.
  const before = await hub.store.readAll({ from: resume.position, direction: "backwards", maxCount: SEED_EVENTS });
  for (const event of before.events) seen.add(event.id);

  const initial: RecordedEvent[] = [];
  let skipping = true;
  // From the newest event before the resume commit, so that commit's own events come first.
  let from = before.events[0]?.position;
  for (;;) {
    const page = await hub.store.readAll({ from, direction: "forwards", maxCount: PAGE_SIZE });
    for (const event of page.events) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      if (skipping && event.position === resume.position) {
        if (event.id === resume.eventId) skipping = false;
        continue;
      }
      if (filter(event)) initial.push(event);
    }
    if (page.nextPosition === undefined) break;
    from = page.nextPosition;
  }
  return { initial, seen };
}

async function catchUpBackfill(hub: LiveHub, backfill: number, filter: LiveFilter): Promise<CatchUp> {
  // Newest first. With a narrow filter the newest N matching may lie further back than this one read: the
  // sandboxes will read on until N match (or a bound), which the API already allows.
  const newest = await hub.store.readAll({
    direction: "backwards",
    maxCount: Math.min(Math.max(backfill, SEED_EVENTS), PAGE_SIZE),
  });
  return {
    initial: newest.events.filter(filter).slice(0, backfill).reverse(),
    seen: new Set(newest.events.map((event) => event.id)),
  };
}

export async function openLiveSubscription(
  hub: LiveHub,
  start: LiveFeedStart,
  filter: LiveFilter = everyEvent,
): Promise<LiveSubscription> {
  let sink: LiveSink | undefined;
  let closed = false;
  /** Hub batches that came before start(), in order. */
  const pending: { events: readonly RecordedEvent[]; poll: number }[] = [];
  /** The catch-up's ids while the hub may still deliver one of them; undefined after. */
  let seen: Set<string> | undefined;
  /** The latest poll started when the catch-up ended: a later poll's batch is the last that may repeat it. */
  let lastPollBeforeCatchUpEnded = Number.POSITIVE_INFINITY;

  function unseen(events: readonly RecordedEvent[], poll: number): readonly RecordedEvent[] {
    if (!seen) return events;
    const known = seen;
    const fresh = events.some((event) => known.has(event.id)) ? events.filter((event) => !known.has(event.id)) : events;
    if (poll > lastPollBeforeCatchUpEnded) seen = undefined;
    return fresh;
  }

  const membership = await hub.join(filter, {
    deliver(events, poll) {
      if (closed) return;
      if (sink) sink.events(unseen(events, poll));
      else pending.push({ events, poll });
    },
    pollFailed() {
      if (!closed) sink?.pollFailed();
    },
  });

  let catchUp: CatchUp;
  try {
    catchUp =
      "resume" in start
        ? await catchUpAfter(hub, start.resume, filter)
        : await catchUpBackfill(hub, start.backfill, filter);
  } catch (error) {
    membership.leave();
    throw error;
  }
  seen = catchUp.seen;
  lastPollBeforeCatchUpEnded = hub.pollsStarted;

  return {
    initial: catchUp.initial,
    start(target) {
      if (closed || sink) return;
      sink = target;
      for (const { events, poll } of pending.splice(0)) target.events(unseen(events, poll));
    },
    close() {
      if (closed) return;
      closed = true;
      sink = undefined;
      pending.length = 0;
      membership.leave();
    },
  };
}
