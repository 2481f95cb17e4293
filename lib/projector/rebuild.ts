/**
 * Rebuilds the whole read model from the event store while the app keeps serving the old one:
 *  1. read every event in bulk (parallel Scan), folding each page as it arrives with the projector's own
 *     applyCommits, in memory, and writing the event log into the shadow tables (<name>_next) meanwhile;
 *  2. write the folded rows (students, enrolments, course counts, checkpoints) in large batches;
 *  3. pause the live projector, bring the shadow tables up to the live checkpoints (events appended meanwhile),
 *     swap them in with one atomic RENAME TABLE, and let the projector go on where it was; then drop the
 *     replaced tables.
 */
import "server-only";
import { errorChain } from "@/lib/error-chain";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore } from "@/lib/event-store/types";
import { readProjectorControl, readProjectorStatus, setProjectorControl } from "@/lib/read-model/projector-queries";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { shadowTables } from "@/lib/read-model/projection-tables";
import {
  createShadowLogWriter,
  dropReplacedTables,
  prepareShadowTables,
  readModelChecksum,
  startRebuildRun,
  streamsBehindInShadow,
  swapInShadowTables,
  updateRebuildRun,
  writeShadowTables,
} from "@/lib/read-model/rebuild-tables";
import type { ReadModel } from "@/lib/read-model/client";
import { fromSqlDateTime, toSqlDateTime } from "@/lib/read-model/sql-time";
import { applyCommits } from "@/lib/projector/apply-commits";
import { createCollectingTransaction } from "@/lib/projector/collecting-transaction";
import { createInOrderRelease } from "@/lib/projector/in-order-release";

export interface RebuildProgress {
  phase: "reading" | "writing" | "catching-up" | "done";
  eventsDone: number;
  eventsTotal: number;
  eventsPerSecond: number;
}

export interface RebuildResult {
  runId: number;
  /**
   * Seconds spent reading (the Scan, with the event log written alongside), folding, writing what was left
   * once the last page was read, and catching up + swapping. `seconds` runs from the start to the swap (the
   * new read model serving); dropping the replaced tables and the after-checksum follow it.
   */
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
async function pauseProjector(readModel: ReadModel): Promise<() => Promise<void>> {
  const previous = await readProjectorControl(readModel);
  await setProjectorControl(readModel, { paused: true });
  for (let waited = 0; waited < 10_000; waited += 100) {
    const status = await readProjectorStatus(readModel);
    const heartbeat = status ? Date.parse(fromSqlDateTime(status.heartbeatAt)) : 0;
    if (!status || status.state === "paused" || status.state === "stopped" || Date.now() - heartbeat > 3000) break;
    await sleep(100);
  }
  return async () => {
    await setProjectorControl(readModel, { paused: previous.paused });
  };
}

export async function rebuildReadModel(
  store: EventStore,
  readModel: ReadModel,
  onProgress: (p: RebuildProgress) => void = () => {},
): Promise<RebuildResult> {
  const started = performance.now();
  const runId = await startRebuildRun(readModel);
  const rate = (done: number) => Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
  let lastReport = 0;
  let reporting: Promise<void> = Promise.resolve();
  /** Tells the caller at once; records the progress in MySQL at most every 250 ms, without holding up the work. */
  const report = (progress: Omit<RebuildProgress, "eventsPerSecond">, force = false) => {
    const full = { ...progress, eventsPerSecond: rate(progress.eventsDone) };
    onProgress(full);
    if (!force && performance.now() - lastReport < 250) return reporting;
    lastReport = performance.now();
    const { phase, eventsDone, eventsTotal, eventsPerSecond } = full;
    // Best effort: a failed progress write must not fail the rebuild (a MySQL outage fails it soon enough).
    reporting = reporting
      .then(() => updateRebuildRun(readModel, runId, { phase, eventsDone, eventsTotal, eventsPerSecond }))
      .catch(() => {});
    return reporting;
  };
  try {
    // MySQL work that does not depend on the events runs beside the Scan.
    const checksumBefore = readModelChecksum(readModel).then(async (checksum) => {
      await updateRebuildRun(readModel, runId, { checksumBefore: checksum });
      return checksum;
    });
    const shadowReady = prepareShadowTables(readModel);
    shadowReady.catch(() => {}); // awaited below; the log writer reports its failure first
    const mark = () => performance.now();
    const t0 = mark();
    let read = 0;
    let written = 0;
    let foldSeconds = 0;
    const { tx, collected } = createCollectingTransaction();
    const inOrder = createInOrderRelease();
    const log = createShadowLogWriter(readModel, shadowReady, (n) => {
      written += n;
      void report({ phase: "reading", eventsDone: written, eventsTotal: read });
    });
    // Fold each page as it arrives (the projector's own applyCommits, into memory) and send its event-log
    // rows to the shadow table while the next pages are still being read.
    for await (const page of store.readEverything({ parallelism: 4 })) {
      read += page.length;
      const folding = mark();
      await applyCommits(tx, store, inOrder.release(page));
      foldSeconds += (mark() - folding) / 1000;
      await log.add(collected.log.splice(0));
      void report({ phase: "reading", eventsDone: written, eventsTotal: read });
    }
    const gaps = inOrder.streamsWithGaps();
    if (gaps.length > 0)
      throw new Error(
        `Events missing from the store: ${gaps
          .slice(0, 3)
          .map((g) => `${g.streamId} revision ${g.missing}`)
          .join(", ")}`,
      );
    const t1 = mark();
    await report({ phase: "writing", eventsDone: written, eventsTotal: read }, true);
    await shadowReady;
    await Promise.all([log.finish(), writeShadowTables(readModel, collected)]);
    const t2 = mark();
    const resume = await pauseProjector(readModel);
    try {
      await report({ phase: "catching-up", eventsDone: read, eventsTotal: read }, true);
      await catchUpShadowTables(store, readModel);
      await swapInShadowTables(readModel);
    } finally {
      await resume();
    }
    const t3 = mark();
    // The new read model is serving from the RENAME on; what follows is clean-up and checking.
    await dropReplacedTables(readModel);
    const phases = {
      read: (t1 - t0) / 1000 - foldSeconds,
      fold: foldSeconds,
      write: (t2 - t1) / 1000,
      swap: (t3 - t2) / 1000,
    };
    const seconds = (t3 - started) / 1000;
    const eventsPerSecond = Math.round(read / seconds);
    const checksumAfter = await readModelChecksum(readModel);
    const result = {
      runId,
      phases,
      events: read,
      streams: inOrder.streams,
      seconds,
      eventsPerSecond,
      checksumBefore: await checksumBefore,
      checksumAfter,
    };
    onProgress({ phase: "done", eventsDone: read, eventsTotal: read, eventsPerSecond });
    await reporting;
    await updateRebuildRun(readModel, runId, {
      status: "done",
      phase: "done",
      eventsDone: read,
      eventsTotal: read,
      eventsPerSecond,
      checksumAfter,
      finishedAt: toSqlDateTime(new Date()),
    });
    return result;
  } catch (error) {
    await reporting;
    await updateRebuildRun(readModel, runId, {
      status: "failed",
      // A query wrapper's message names only the query; MySQL's reason is its cause: the whole chain is kept.
      error: errorChain(error),
    }).catch(() => {});
    throw error;
  }
}

/** Brings the shadow tables up to the live checkpoints: events the live projector applied during the rebuild. */
async function catchUpShadowTables(store: EventStore, readModel: ReadModel): Promise<void> {
  for (const { streamId, from, to } of await streamsBehindInShadow(readModel)) {
    // None for a checkpoint of a stream the store no longer has (its table was replaced): the swap drops its rows.
    const events = await readStreamEvents(store, streamId, { fromRevision: from, toRevision: to });
    if (events.length > 0)
      await inProjectionTransaction(
        readModel,
        (shadowTx) => applyCommits(shadowTx, store, [{ streamId, events }]),
        shadowTables,
      );
  }
}
