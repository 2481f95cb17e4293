/**
 * Runs the learner's code in a worker of its own, one worker per run: the next worker starts while the learner
 * types, so a run finds it ready. A run that has not answered within 2 seconds (an endless loop, a crash)
 * ends with its worker terminated; so does one overtaken by a newer run. Only an answer on the run's own port,
 * of its own run id and of the right shape, is taken for a result (lib/lab/runner-protocol.ts).
 */
import { readRunAnswer, type Job, type RunAnswer } from "@/lib/lab/runner-protocol";

export const RUN_DEADLINE_MS = 2_000;
const WORKER_URL = "/lab/runner.js";

export type RunOutcome =
  | Readonly<{ status: "answered"; answer: RunAnswer }>
  | Readonly<{ status: "timeout" }>
  | Readonly<{ status: "crashed"; message: string }>
  /** Something reached the page by another way than the run's port, or an answer was not of this run. */
  | Readonly<{ status: "forged" }>
  | Readonly<{ status: "superseded" }>;

interface ReadyWorker {
  worker: Worker;
  port: MessagePort;
}

function startWorker(): Promise<ReadyWorker> {
  const worker = new Worker(WORKER_URL);
  const channel = new MessageChannel();
  return new Promise((resolve, reject) => {
    channel.port1.onmessage = (event: MessageEvent) => {
      if ((event.data as { ready?: unknown } | null)?.ready !== true) return;
      channel.port1.onmessage = null;
      resolve({ worker, port: channel.port1 });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`the lab's worker did not start: ${event.message}`));
    };
    worker.postMessage("start", [channel.port2]);
  });
}

export class LabRunner {
  private spare: Promise<ReadyWorker> | undefined;
  private current: { worker: Worker; finish: (outcome: RunOutcome) => void } | undefined;
  private closed = false;

  /** Starts a worker now so the first run does not wait for one; resolves when it is ready. */
  warm(): Promise<void> {
    this.spare ??= startWorker();
    return this.spare.then(() => undefined);
  }

  run(code: string, jobs: readonly Job[]): Promise<RunOutcome> {
    this.current?.finish({ status: "superseded" });
    const spare = this.spare ?? startWorker();
    this.spare = undefined;
    return spare.then(
      ({ worker, port }) =>
        new Promise<RunOutcome>((resolve) => {
          const runId = crypto.randomUUID();
          let done = false;
          const finish = (outcome: RunOutcome) => {
            if (done) return;
            done = true;
            clearTimeout(timer);
            worker.terminate();
            if (this.current?.worker === worker) this.current = undefined;
            if (!this.closed) this.spare ??= startWorker();
            resolve(outcome);
          };
          const timer = setTimeout(() => finish({ status: "timeout" }), RUN_DEADLINE_MS);
          this.current = { worker, finish };
          port.onmessage = (event: MessageEvent) => {
            const answer = readRunAnswer(event.data, runId, jobs.length);
            finish(answer ? { status: "answered", answer } : { status: "forged" });
          };
          worker.onmessage = () => finish({ status: "forged" });
          worker.onerror = (event) => {
            event.preventDefault();
            finish({ status: "crashed", message: event.message || "the worker stopped" });
          };
          port.postMessage({ runId, code, jobs });
        }),
      (error: unknown) => ({ status: "crashed", message: error instanceof Error ? error.message : String(error) }),
    );
  }

  close(): void {
    this.closed = true;
    this.current?.finish({ status: "superseded" });
    void this.spare?.then(({ worker }) => worker.terminate()).catch(() => undefined);
    this.spare = undefined;
  }
}
