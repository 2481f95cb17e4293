/** The projector's own bookkeeping in MySQL: shard positions, instructor controls, status and parked failures. */
import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { ProjectedEventLog, ShardPosition, ShardPositionStore } from "@/lib/read-model/projection-port";
import type { ReadModel } from "@/lib/read-model/client";
import {
  projectedEvents,
  projectorControl,
  projectorFailures,
  projectorShards,
  projectorStatus,
  streamCheckpoints,
} from "@/lib/read-model/schema";
import { projectedEventRows } from "@/lib/read-model/projection-transaction";
import { toSqlDateTime } from "@/lib/read-model/sql-time";
import { sandboxOfStream } from "@/lib/domain/sandbox";

const now = () => toSqlDateTime(new Date());

export function shardPositionStore(readModel: ReadModel): ShardPositionStore {
  return {
    async load(streamArn) {
      const { db } = readModel;
      const rows = await db.select().from(projectorShards).where(eq(projectorShards.streamArn, streamArn));
      return new Map(
        rows.map((r) => [
          r.shardId,
          { sequenceNumber: r.sequenceNumber ?? undefined, ended: r.ended } satisfies ShardPosition,
        ]),
      );
    },
    async save(streamArn, shardId, position) {
      const { db } = readModel;
      const row = {
        streamArn,
        shardId,
        sequenceNumber: position.sequenceNumber ?? null,
        ended: position.ended,
        updatedAt: now(),
      };
      await db.insert(projectorShards).values(row).onDuplicateKeyUpdate({ set: row });
    },
  };
}

export interface ProjectorControl {
  paused: boolean;
  delayMs: number;
}

export async function readProjectorControl(readModel: ReadModel): Promise<ProjectorControl> {
  const { db } = readModel;
  const [row] = await db.select().from(projectorControl).where(eq(projectorControl.id, 1));
  return { paused: row?.paused ?? false, delayMs: row?.delayMs ?? 0 };
}

export async function setProjectorControl(
  readModel: ReadModel,
  change: Partial<ProjectorControl>,
): Promise<ProjectorControl> {
  const { db } = readModel;
  const next = { ...(await readProjectorControl(readModel)), ...change };
  const row = {
    id: 1,
    paused: next.paused,
    delayMs: Math.max(0, Math.min(60_000, Math.round(next.delayMs))),
    updatedAt: now(),
  };
  await db.insert(projectorControl).values(row).onDuplicateKeyUpdate({ set: row });
  return { paused: row.paused, delayMs: row.delayMs };
}

export type ProjectorState = "running" | "paused" | "delayed" | "retrying" | "stopped";

export interface ProjectorCounters {
  applied: number;
  skipped: number;
  failed: number;
}

export async function reportProjectorStatus(
  readModel: ReadModel,
  state: ProjectorState,
  add: Partial<ProjectorCounters> = {},
  error?: string,
): Promise<void> {
  const { db } = readModel;
  const row = {
    id: 1,
    heartbeatAt: now(),
    state,
    applied: add.applied ?? 0,
    skipped: add.skipped ?? 0,
    failed: add.failed ?? 0,
  };
  await db
    .insert(projectorStatus)
    .values({ ...row, lastError: error ?? null, lastErrorAt: error ? now() : null })
    .onDuplicateKeyUpdate({
      set: {
        heartbeatAt: row.heartbeatAt,
        state,
        applied: sql`${projectorStatus.applied} + ${row.applied}`,
        skipped: sql`${projectorStatus.skipped} + ${row.skipped}`,
        failed: sql`${projectorStatus.failed} + ${row.failed}`,
        ...(error ? { lastError: error, lastErrorAt: row.heartbeatAt } : {}),
      },
    });
}

export async function readProjectorStatus(readModel: ReadModel) {
  const { db } = readModel;
  const [row] = await db.select().from(projectorStatus).where(eq(projectorStatus.id, 1));
  return row;
}

/**
 * Parks events the projector could not apply (poison): recorded as failures, logged as "failed", and the
 * stream's checkpoint moved past them, all in one transaction, so the projector goes on with the next record.
 */
export async function parkFailedEvents(
  readModel: ReadModel,
  entries: readonly ProjectedEventLog[],
  error: string,
): Promise<void> {
  const { db } = readModel;
  await db.transaction(async (tx) => {
    for (const { event } of entries) {
      await tx.insert(projectorFailures).values({
        sandbox: sandboxOfStream(event.streamId),
        streamId: event.streamId,
        revision: event.revision,
        eventId: event.id,
        type: event.type,
        error: error.slice(0, 2000),
        failedAt: now(),
      });
      await tx
        .insert(streamCheckpoints)
        .ignore()
        .values({ sandbox: sandboxOfStream(event.streamId), streamId: event.streamId, revision: 0, updatedAt: now() });
      await tx
        .update(streamCheckpoints)
        .set({ revision: sql`GREATEST(${streamCheckpoints.revision}, ${event.revision})`, updatedAt: now() })
        .where(and(eq(streamCheckpoints.streamId, event.streamId)));
    }
    await tx.insert(projectedEvents).ignore().values(projectedEventRows(entries, new Date()));
  });
}

export async function listProjectorFailures(readModel: ReadModel, limit = 50) {
  const { db } = readModel;
  return db.select().from(projectorFailures).orderBy(desc(projectorFailures.id)).limit(limit);
}

export interface SetAsideEvent {
  streamId: string;
  revision: number;
  type: string;
  /** "skipped": the projection has no use for it; "failed": parked after retries (also in projector_failures). */
  status: "skipped" | "failed";
  reason: string | null;
  projectedAt: string;
}

/** The newest events the projector did not apply, with why: what the home page lists for everyone to see. */
export async function listSetAsideEvents(readModel: ReadModel, sandbox: string, limit = 10): Promise<SetAsideEvent[]> {
  const { db } = readModel;
  const rows = await db
    .select({
      streamId: projectedEvents.streamId,
      revision: projectedEvents.revision,
      type: projectedEvents.type,
      status: projectedEvents.status,
      reason: projectedEvents.reason,
      projectedAt: projectedEvents.projectedAt,
    })
    .from(projectedEvents)
    .where(and(eq(projectedEvents.sandbox, sandbox), ne(projectedEvents.status, "applied")))
    .orderBy(desc(projectedEvents.projectedAt), desc(projectedEvents.revision))
    .limit(limit);
  return rows.map((row) => ({ ...row, status: row.status === "failed" ? "failed" : "skipped" }));
}
