/**
 * The projector process: reads the events table's DynamoDB Stream, applies each batch to the MySQL read model
 * in one transaction, then acknowledges the batch (saves the shard position). Honours the instructor's pause
 * and delay, waits out servers that are down, and parks poison events instead of stopping. Guarantees:
 * docs/projector.md.
 */
import "server-only";
import type { EventStore } from "@/lib/event-store/types";
import {
  parkFailedEvents,
  readProjectorControl,
  reportProjectorStatus,
  type ProjectorControl,
  type ProjectorState,
} from "@/lib/read-model/projector-queries";
import type { ReadModel } from "@/lib/read-model/client";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { applyCommits, type ApplyResult, type CommitToProject } from "@/lib/projector/apply-commits";
import type { StreamBatch } from "@/lib/projector/dynamodb-stream-source";
import { isTransient, whyRetrying } from "@/lib/transient-errors";

export interface StreamSource {
  poll(): Promise<StreamBatch | undefined>;
}

export interface ProjectorOptions {
  source: StreamSource;
  store: EventStore;
  readModel: ReadModel;
  toCommits(batch: StreamBatch): CommitToProject[];
  log?: (line: string) => void;
  idleMs?: number;
  /** Tries of a batch that fails with a non-transient error before its commits are tried one by one and parked. */
  poisonTries?: number;
  /** How a batch is applied; the default is applyCommits in one read-model transaction. */
  apply?: (commits: CommitToProject[]) => Promise<ApplyResult>;
}

/** Waits `ms`, or less if the signal aborts; leaves no listener behind (the loop sleeps thousands of times). */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export function createProjector({
  source,
  store,
  readModel,
  toCommits,
  log = console.log,
  idleMs = 50,
  poisonTries = 3,
  apply,
}: ProjectorOptions) {
  let lastBeat = 0;
  const beat = async (state: ProjectorState, add?: Partial<ApplyResult & { failed: number }>, error?: string) => {
    if (!add && !error && Date.now() - lastBeat < 1000) return;
    lastBeat = Date.now();
    try {
      await reportProjectorStatus(readModel, state, add, error);
    } catch {
      // MySQL away: the status can wait, the retry loop reports it.
    }
  };

  const applyOnce =
    apply ??
    ((commits: CommitToProject[]) => inProjectionTransaction(readModel, (tx) => applyCommits(tx, store, commits)));

  /** Applies commits, retrying transient failures until they pass (or the signal stops us). */
  async function applyPatiently(commits: CommitToProject[], signal: AbortSignal): Promise<ApplyResult | Error> {
    let failures = 0;
    for (let attempt = 0; !signal.aborted; attempt += 1) {
      try {
        return await applyOnce(commits);
      } catch (error) {
        if (!isTransient(error)) {
          failures += 1;
          if (failures >= poisonTries) return error instanceof Error ? error : new Error(String(error));
        }
        const wait = Math.min(100 * 2 ** Math.min(attempt, 5), 3000);
        log(`projector: ${whyRetrying(error)} (${describe(error)}); retrying in ${wait} ms`);
        await beat("retrying", undefined, describe(error));
        await sleep(wait, signal);
      }
    }
    return new Error("stopped");
  }

  async function applyBatch(commits: CommitToProject[], signal: AbortSignal): Promise<void> {
    const result = await applyPatiently(commits, signal);
    if (!(result instanceof Error)) {
      await beat("running", result);
      return;
    }
    if (signal.aborted) throw result;
    // Find the poison: one commit at a time; a commit that still fails is parked, the others are applied.
    for (const commit of commits) {
      const single = await applyPatiently([commit], signal);
      if (!(single instanceof Error)) {
        await beat("running", single);
        continue;
      }
      if (signal.aborted) throw single;
      log(
        `projector: parking ${commit.events.length} event(s) of ${commit.streamId} after ${poisonTries} failures: ${describe(single)}`,
      );
      await parkFailedEvents(
        readModel,
        commit.events.map((event) => ({ event, status: "failed", reason: describe(single).slice(0, 255), rows: [] })),
        describe(single),
      );
      await beat("running", { failed: commit.events.length }, describe(single));
    }
  }

  /**
   * Waits until the newest event of the batch is `delayMs` old: the instructor's artificial projection lag.
   * Starts from the control the step already read; reads it again only while it has to wait.
   */
  async function honourDelay(
    commits: CommitToProject[],
    control: ProjectorControl,
    signal: AbortSignal,
  ): Promise<void> {
    const newest = Math.max(...commits.flatMap((c) => c.events.map((e) => Date.parse(e.recordedAt))));
    for (let current = control; ; current = await readProjectorControl(readModel)) {
      const wait = current.paused ? 200 : newest + current.delayMs - Date.now();
      if (wait <= 0 || signal.aborted) return;
      await beat(current.paused ? "paused" : "delayed");
      await sleep(Math.min(wait, 200), signal);
    }
  }

  return {
    /** One poll-and-apply step; returns how many records it handled. */
    async step(signal: AbortSignal = new AbortController().signal): Promise<number> {
      const control = await readProjectorControl(readModel);
      if (control.paused) {
        await beat("paused");
        return 0;
      }
      const batch = await source.poll();
      if (!batch) {
        await beat("running");
        return 0;
      }
      const commits = toCommits(batch);
      if (commits.length > 0) {
        await honourDelay(commits, control, signal);
        if (signal.aborted) return 0;
        await applyBatch(commits, signal);
      }
      if (signal.aborted) return 0;
      await batch.acknowledge();
      return batch.records.length;
    },

    async run(signal: AbortSignal): Promise<void> {
      log("projector: running");
      while (!signal.aborted) {
        try {
          const handled = await this.step(signal);
          if (handled === 0) await sleep(idleMs, signal);
        } catch (error) {
          if (signal.aborted) break;
          log(
            `projector: ${isTransient(error) ? whyRetrying(error) : "step failed"} (${describe(error)}); retrying in 1 s`,
          );
          await beat("retrying", undefined, describe(error));
          await sleep(1000, signal);
        }
      }
      await beat("stopped", {});
      log("projector: stopped");
    },
  };
}
