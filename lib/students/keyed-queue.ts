/**
 * Runs tasks one at a time per key, in arrival order; tasks under different keys run side by side. The enrol
 * command queues its decisions per course with it, so one server never races itself for a course's seats: the
 * append condition still decides between servers, and the queue keeps a busy course from turning into a storm
 * of conflicts and retries inside one (docs/domain.md, "The last seat").
 */
export interface KeyedQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      // The last task out removes the key, so the map holds only courses with work waiting.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
