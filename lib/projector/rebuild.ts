/**
 * Rebuilds the whole read model from the event store while the app keeps serving the old one:
 *  1. read every event in bulk (parallel Scan) and fold it with the projector's own applyCommits, in memory;
 *  2. write the result into shadow tables (<name>_next) in large batches;
 *  3. pause the live projector, bring the shadow tables up to the live checkpoints (events appended meanwhile),
 *     swap them in with one atomic RENAME TABLE, and let the projector go on where it was.
 */
import "server-only";
import { StreamNotFoundError } from "@/lib/event-store/errors";
import type { EventStore, ReadStreamResult, RecordedEvent } from "@/lib/event-store/types";
import { readProjectorControl, readProjectorStatus, setProjectorControl } from "@/lib/read-model/projector-queries";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { shadowTables } from "@/lib/read-model/projection-tables";
import {
  prepareShadowTables, readModelChecksum, startRebuildRun, streamsBehindInShadow, swapInShadowTables,
  updateRebuildRun, writeShadowTables,
} from "@/lib/read-model/rebuild-tables";
import { fromSqlDateTime, toSqlDateTime } from "@/lib/read-model/sql-time";
import { applyCommits } from "./apply-commits";
import { createCollectingTransaction } from "./collecting-transaction";

export interface RebuildProgress {
  phase: "reading" | "writing" | "catching-up" | "done";
  eventsDone: number;
  eventsTotal: number;
  eventsPerSecond: number;
}

export interface RebuildResult {
  runId: number;
  /** Seconds spent reading (Scan), folding, writing the shadow tables, and catching up + swapping. */
  phases: { read: number; fold: number; write: number; swap: number };
  events: number;
  streams: number;
  seconds: number;
  eventsPerSecond: number;
  checksumBefore: string;
  checksumAfter: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pauses the live projector and waits until it says so (or has not been seen for a while: not running). */
async function pauseProjector(): Promise<() => Promise<void>> {
  const previous = await readProjectorControl();
  await setProjectorControl({ paused: true });
  for (let waited = 0; waited < 10_000; waited += 100) {
    const status = await readProjectorStatus();
    const heartbeat = status ? Date.parse(fromSqlDateTime(status.heartbeatAt)) : 0;
    if (!status || status.state === "paused" || status.state === "stopped" || Date.now() - heartbeat > 3000) break;
    await sleep(100);
  }
  return async () => {
    await setProjectorControl({ paused: previous.paused });
  };
}

export async function rebuildReadModel(store: EventStore, onProgress: (p: RebuildProgress) => void = () => {}): Promise<RebuildResult> {
  const started = performance.now();
  const checksumBefore = await readModelChecksum();
  const runId = await startRebuildRun(checksumBefore);
  const rate = (done: number) => Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
  let lastReport = 0;
  const report = async (progress: Omit<RebuildProgress, "eventsPerSecond">, force = false) => {
    const full = { ...progress, eventsPerSecond: rate(progress.eventsDone) };
    onProgress(full);
    if (!force && performance.now() - lastReport < 250) return;
    lastReport = performance.now();
    await updateRebuildRun(runId, { phase: full.phase, eventsDone: full.eventsDone, eventsTotal: full.eventsTotal, eventsPerSecond: full.eventsPerSecond });
  };
  try {
    await prepareShadowTables();
    const mark = () => performance.now();
    const t0 = mark();
    const byStream = new Map<string, RecordedEvent[]>();
    let read = 0;
    for await (const page of store.readEverything({ parallelism: 4 })) {
      for (const event of page) {
        const events = byStream.get(event.streamId);
        if (events) events.push(event);
        else byStream.set(event.streamId, [event]);
      }
      read += page.length;
      await report({ phase: "reading", eventsDone: read, eventsTotal: read });
    }
    const t1 = mark();
    const { tx, collected } = createCollectingTransaction();
    for (const [streamId, events] of byStream) {
      events.sort((a, b) => a.revision - b.revision);
      await applyCommits(tx, store, [{ streamId, events }]);
    }
    const t2 = mark();
    let written = 0;
    await writeShadowTables(collected, (n) => {
      written += n;
      void report({ phase: "writing", eventsDone: written, eventsTotal: read });
    });
    const t3 = mark();
    const resume = await pauseProjector();
    try {
      await report({ phase: "catching-up", eventsDone: read, eventsTotal: read }, true);
      for (const behind of await streamsBehindInShadow()) {
        for (let from: number | undefined = behind.from; from !== undefined && from <= behind.to; ) {
          // A checkpoint for a stream the store no longer has (its table was replaced): the swap drops its rows.
          const page: ReadStreamResult | undefined = await store.readStream(behind.streamId, { fromRevision: from, maxCount: 1000 }).catch((error: unknown) => {
            if (error instanceof StreamNotFoundError) return undefined;
            throw error;
          });
          if (!page) break;
          const events = page.events.filter((e) => e.revision <= behind.to);
          await inProjectionTransaction((shadowTx) => applyCommits(shadowTx, store, [{ streamId: behind.streamId, events }]), shadowTables);
          from = page.nextRevision;
        }
      }
      await swapInShadowTables();
    } finally {
      await resume();
    }
    const t4 = mark();
    const phases = { read: (t1 - t0) / 1000, fold: (t2 - t1) / 1000, write: (t3 - t2) / 1000, swap: (t4 - t3) / 1000 };
    const checksumAfter = await readModelChecksum();
    const seconds = (performance.now() - started) / 1000;
    const result = { runId, phases, events: read, streams: byStream.size, seconds, eventsPerSecond: rate(read), checksumBefore, checksumAfter };
    await report({ phase: "done", eventsDone: read, eventsTotal: read }, true);
    await updateRebuildRun(runId, { status: "done", phase: "done", checksumAfter, finishedAt: toSqlDateTime(new Date()) });
    return result;
  } catch (error) {
    await updateRebuildRun(runId, { status: "failed", error: error instanceof Error ? error.message : String(error) }).catch(() => {});
    throw error;
  }
}
