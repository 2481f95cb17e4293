/**
 * Step 4: how far the read model is behind the event store for one student. Lag is counted in events (the
 * stream's revision minus the last one the projector handled) and in time (how long the oldest event
 * the row is missing has been waiting). Both are 0 exactly when the row has caught up.
 */
import "server-only";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { ReadModel } from "@/lib/read-model/client";
import { studentProjection, type StudentProjection } from "@/lib/read-model/instructor-queries";

export interface ProjectionLag {
  storeRevision: number;
  /** The last revision the projector applied (or skipped) for the stream; 0 before the first. */
  projectedRevision: number;
  eventsBehind: number;
  /** Milliseconds since the oldest event the row is missing was recorded; 0 when none is missing. */
  behindMs: number;
  row: StudentProjection["row"];
  recent: StudentProjection["recent"];
}

export function lagBetween(
  events: readonly Pick<RecordedEvent, "revision" | "recordedAt">[],
  projectedRevision: number,
  now: number,
): Pick<ProjectionLag, "eventsBehind" | "behindMs"> {
  const storeRevision = events.at(-1)?.revision ?? 0;
  const oldestMissing = events.find((event) => event.revision > projectedRevision);
  return {
    eventsBehind: Math.max(0, storeRevision - projectedRevision),
    behindMs: oldestMissing ? Math.max(0, now - Date.parse(oldestMissing.recordedAt)) : 0,
  };
}

export async function projectionLag(
  readModel: ReadModel,
  studentId: string,
  streamId: string,
  events: readonly RecordedEvent[],
): Promise<ProjectionLag> {
  const projection = await studentProjection(readModel, studentId, streamId);
  // The checkpoint also moves past events the projection skipped, which leave the row's revision alone.
  const projectedRevision = Math.max(projection.checkpoint ?? 0, projection.row?.revision ?? 0);
  return {
    storeRevision: events.at(-1)?.revision ?? 0,
    projectedRevision,
    ...lagBetween(events, projectedRevision, Date.now()),
    row: projection.row,
    recent: projection.recent,
  };
}
