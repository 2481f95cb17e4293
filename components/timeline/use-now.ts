/**
 * One clock for every relative time on the page: a single interval, shared by all subscribers. On the server
 * and during hydration it reads null, so server HTML and the first client render agree.
 */
import { useSyncExternalStore } from "react";

let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, ticking each second; null before the page has hydrated. */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (timer ? now : null),
    () => null,
  );
}
