/**
 * One live-feed reader per server process, whatever the number of open connections: the hub polls the store
 * every POLL_MS through one feed window (live-feed.ts) and hands each new event to every member whose filter
 * accepts it. It starts on the first join and stops when the last member leaves, so an idle server reads
 * nothing.
 *
 * Guarantees to members: an event is delivered at most once (the window never returns an id twice); every
 * event the hub has marked as seen, by its seed or by delivering it, was visible before a member's join
 * resolved or was delivered to that member. So a member that reads the store after joining (its catch-up)
 * sees, in that read or from the hub, every event after its starting point (live-subscription.ts).
 *
 * Members are called synchronously and must not block: a slow connection queues on its own (live-response.ts).
 */
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import { openFeedWindow, type FeedWindow } from "@/lib/http/live/live-feed";

export const POLL_MS = 400;

/** Which events a member receives. Today every viewer sees everything; per-learner sandboxes will narrow it. */
export type LiveFilter = (event: RecordedEvent) => boolean;
export const everyEvent: LiveFilter = () => true;

export interface HubListener {
  /**
   * The events of one poll that match the member's filter, in feed order (possibly none: every successful poll
   * is reported). `poll` numbers the polls in the order they started. When every event matches, `events` is
   * the very array every such member gets, so its encoding can be shared.
   */
  deliver(events: readonly RecordedEvent[], poll: number): void;
  /** A poll failed; the next one re-reads the window, so nothing is lost. */
  pollFailed(error: unknown): void;
}

export interface HubMembership {
  leave(): void;
}

export interface LiveHub {
  readonly store: EventStore;
  /** Resolves once the hub's window is open (every event visible by then counts as seen). */
  join(filter: LiveFilter, listener: HubListener): Promise<HubMembership>;
  /** The number of the latest poll started (0 before any). */
  readonly pollsStarted: number;
  readonly members: number;
  readonly running: boolean;
  /** One poll now, for tests and manual hubs; waits for a poll in progress instead of overlapping it. */
  poll(): Promise<void>;
}

export interface LiveHubOptions {
  /** Milliseconds between polls, or "manual" for a hub that polls only when poll() is called. */
  pollMs?: number | "manual";
  clock?: () => number;
}

interface Member {
  filter: LiveFilter;
  listener: HubListener;
}

interface Session {
  window: Promise<FeedWindow>;
  timer: ReturnType<typeof setTimeout> | undefined;
  inFlight: Promise<void> | undefined;
}

export function createLiveHub(store: EventStore, { pollMs = POLL_MS, clock = Date.now }: LiveHubOptions = {}): LiveHub {
  const members = new Set<Member>();
  let session: Session | undefined;
  let pollsStarted = 0;

  /** Calls every member; one that throws is logged and does not stop the others. */
  function eachMember(call: (member: Member) => void): void {
    for (const member of members) {
      try {
        call(member);
      } catch (error) {
        console.error("[live feed] a member failed to take the hub's news", error);
      }
    }
  }

  function fanOut(events: RecordedEvent[], poll: number): void {
    eachMember(({ filter, listener }) => {
      const matching = events.filter(filter);
      listener.deliver(matching.length === events.length ? events : matching, poll);
    });
  }

  async function pollOnce(current: Session): Promise<void> {
    const poll = ++pollsStarted;
    try {
      const events = await (await current.window).read();
      if (session === current) fanOut(events, poll);
    } catch (error) {
      if (session !== current) return;
      console.error("[live feed] poll failed", error);
      eachMember(({ listener }) => listener.pollFailed(error));
    }
  }

  function runPoll(current: Session): Promise<void> {
    current.inFlight ??= pollOnce(current).finally(() => {
      current.inFlight = undefined;
      schedule(current);
    });
    return current.inFlight;
  }

  function schedule(current: Session): void {
    if (session !== current || pollMs === "manual") return;
    clearTimeout(current.timer);
    current.timer = setTimeout(() => void runPoll(current), pollMs);
    // The hub alone never keeps a process alive; open connections do.
    current.timer.unref?.();
  }

  function start(): Session {
    const current: Session = { window: openFeedWindow(store, clock), timer: undefined, inFlight: undefined };
    session = current;
    current.window.then(
      () => schedule(current),
      () => {
        // A window that could not open is dropped: the joins waiting on it fail, and the next join starts anew.
        if (session === current) session = undefined;
      },
    );
    return current;
  }

  function stop(): void {
    if (!session) return;
    clearTimeout(session.timer);
    session = undefined;
  }

  return {
    store,
    async join(filter, listener) {
      const member: Member = { filter, listener };
      members.add(member);
      const current = session ?? start();
      try {
        await current.window;
      } catch (error) {
        members.delete(member);
        if (members.size === 0) stop();
        throw error;
      }
      let left = false;
      return {
        leave() {
          if (left) return;
          left = true;
          members.delete(member);
          if (members.size === 0) stop();
        },
      };
    },
    get pollsStarted() {
      return pollsStarted;
    },
    get members() {
      return members.size;
    },
    get running() {
      return session !== undefined;
    },
    async poll() {
      if (session) await runPoll(session);
    },
  };
}

const holder = globalThis as typeof globalThis & { ledgerlineLiveHubs?: WeakMap<EventStore, LiveHub> };

/** The process's hub for this store (kept on globalThis, like the store, so hot reloads do not add readers). */
export function liveHubFor(store: EventStore): LiveHub {
  holder.ledgerlineLiveHubs ??= new WeakMap();
  let hub = holder.ledgerlineLiveHubs.get(store);
  if (!hub) {
    hub = createLiveHub(store);
    holder.ledgerlineLiveHubs.set(store, hub);
  }
  return hub;
}
