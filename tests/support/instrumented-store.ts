/**
 * An event store seen through a test's eyes: counts `readAll` calls, can hold the next one until the test lets it
 * go (to place a write or a poll exactly inside someone else's read), can make the next one fail, and can hide
 * events, as the feed index of a real store hides a commit that becomes visible late.
 */
import type { EventStore, ReadAllOptions } from "@/lib/event-store/types";

export interface HeldRead {
  /** Resolves when the held call has arrived (and waits). */
  reached: Promise<void>;
  release(): void;
}

export function instrumentStore(inner: EventStore) {
  const counts = { readAll: 0 };
  const hidden = new Set<string>();
  const holds: { arrive: () => void; released: Promise<void> }[] = [];
  const failures: Error[] = [];

  async function readAll(options?: ReadAllOptions) {
    counts.readAll += 1;
    const failure = failures.shift();
    if (failure) throw failure;
    const hold = holds.shift();
    if (hold) {
      hold.arrive();
      await hold.released;
    }
    const result = await inner.readAll(options);
    if (hidden.size === 0) return result;
    return { ...result, events: result.events.filter((event) => !hidden.has(event.id)) };
  }

  const store = new Proxy(inner, {
    get: (target, property, receiver) => (property === "readAll" ? readAll : Reflect.get(target, property, receiver)),
  });

  return {
    store,
    counts,
    /** Event ids the feed does not show yet. */
    hidden,
    /** The next readAll call throws this. */
    failNextRead(error: Error): void {
      failures.push(error);
    },
    /** The next readAll call waits, before it reads, until released. */
    holdNextRead(): HeldRead {
      let arrive = () => {};
      let release = () => {};
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ arrive, released });
      return { reached, release };
    },
  };
}
