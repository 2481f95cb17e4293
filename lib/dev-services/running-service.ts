import "server-only";

/** A service this process either started (and will stop) or found already running (and leaves alone). */
export interface RunningService {
  name: string;
  startedHere: boolean;
  stop(): Promise<void>;
}

export function reused(name: string): RunningService {
  return { name, startedHere: false, stop: async () => {} };
}
