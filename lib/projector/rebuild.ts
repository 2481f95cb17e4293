/**
 * Rebuilds the whole read model from the event store while the app keeps serving the old one:
 *  1. read every event in bulk (parallel Scan) and fold it with the projector's own applyCommits, in memory;
 *  2. write the result into shadow tables (<name>_next) in large batches;
 *  3. pause the live projector, bring the shadow tables up to the live checkpoints (events appended meanwhile),
 *     swap them in with one atomic RENAME TABLE, and let the projector go on where it was.
 */
import "server-only";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
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
    const { tx, collected } = createCollectingTransaction();
    for (const [streamId, events] of byStream) {
      events.sort((a, b) => a.revision - b.revision);
      await applyCommits(tx, store, [{ streamId, events }]);
    }
    let written = 0;
    await writeShadowTables(collected, (n) => {
      written += n;
      void report({ phase: "writing", eventsDone: written, eventsTotal: read });
    });
    const resume = await pauseProjector();
    try {
      await report({ phase: "catching-up", eventsDone: read, eventsTotal: read }, true);
      for (const behind of await streamsBehindInShadow()) {
        for (let from: number | undefined = behind.from; from !== undefined && from <= behind.to; ) {
          const page = await store.readStream(behind.streamId, { fromRevision: from, maxCount: 1000 });
          const events = page.events.filter((e) => e.revision <= behind.to);
          await inProjectionTransaction((shadowTx) => applyCommits(shadowTx, store, [{ streamId: behind.streamId, events }]), shadowTables);
          from = page.nextRevision;
        }
      }
      await swapInShadowTables();
    } finally {
      await resume();
    }
    const checksumAfter = await readModelChecksum();
    const seconds = (performance.now() - started) / 1000;
    const result = { runId, events: read, streams: byStream.size, seconds, eventsPerSecond: rate(read), checksumBefore, checksumAfter };
    await report({ phase: "done", eventsDone: read, eventsTotal: read }, true);
    await updateRebuildRun(runId, { status: "done", phase: "done", checksumAfter, finishedAt: toSqlDateTime(new Date()) });
    return result;
  } catch (error) {
    await updateRebuildRun(runId, { status: "failed", error: error instanceof Error ? error.message : String(error) }).catch(() => {});
    throw error;
  }
}
