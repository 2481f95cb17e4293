/**
 * Commit timestamps that never go backwards within a process, plus a tick that orders commits stamped in the
 * same millisecond. Feed keys built from them sort in this process's commit order; across processes the
 * order is only as good as the clocks (see docs/event-store.md).
 */
export function createCommitClock(now: () => number = Date.now) {
  let lastMs = 0;
  let tick = 0;
  return {
    next(): { at: string; tick: number } {
      const ms = now();
      if (ms > lastMs) {
        lastMs = ms;
        tick = 0;
      } else {
        tick += 1;
      }
      return { at: new Date(lastMs).toISOString(), tick };
    },
  };
}
