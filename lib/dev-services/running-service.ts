import "server-only";

/** A service this process either started (and will stop) or found already running (and leaves alone). */
export interface RunningService {
  name: string;
  startedHere: boolean;
  /** The server's process id when this process started it (the bench accounts for its CPU). */
  pid?: number;
  stop(): Promise<void>;
}

export function reused(name: string): RunningService {
  return { name, startedHere: false, stop: async () => {} };
}
