/**
 * The timeline's server-side reads, shared by its pages (first render) and its route handlers (polling): the
 * event store for events, the read model for what the projector made of them.
 */
import "server-only";
import { readSandboxFeed } from "@/lib/classroom/sandbox-feed";
import type { SandboxStores } from "@/lib/server/app";
import { COURSES } from "@/lib/domain/courses";
import type { RecordedEvent } from "@/lib/event-store/types";
import { readProjectorStatus, type ProjectorState } from "@/lib/read-model/projector-queries";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";
import { listCourseCounts } from "@/lib/read-model/student-queries";
import { newestProjection, projectionActivity } from "@/lib/read-model/projection-activity-queries";
import { checkpointSummary, projectionsOf, recentStudents, studentNames } from "@/lib/read-model/timeline-queries";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { TIMELINE_PAGE_SIZE } from "@/lib/timeline/feed-urls";
import type { ActivityReport, FeedPage, ProjectionSnapshot, ReadModelOverview } from "@/lib/timeline/wire-types";

export async function loadTimelineStart(stores: SandboxStores): Promise<FeedPage> {
  const page = await readSandboxFeed(stores.store, stores.sandbox, {
    direction: "backwards",
    maxCount: TIMELINE_PAGE_SIZE,
  });
  return { events: page.events, next: page.nextPosition ?? null };
}

export async function loadProjectionSnapshot(
  stores: SandboxStores,
  eventIds: readonly string[],
  studentIds: readonly string[],
): Promise<ProjectionSnapshot> {
  // Names after projections: a name is then at least as new as the events reported projected.
  const projections = await projectionsOf(stores.readModel, stores.sandbox, eventIds);
  const names = await studentNames(stores.readModel, stores.sandbox, studentIds);
  return { projections: Object.fromEntries(projections.map((p) => [p.eventId, p])), names };
}

export function studentIdsOf(events: readonly Pick<RecordedEvent, "streamId">[]): string[] {
  return [...new Set(events.map((e) => studentIdOfStream(e.streamId)).filter((id): id is string => id !== undefined))];
}

export async function loadReadModelOverview(
  stores: SandboxStores,
  options: { page?: number; include?: string } = {},
): Promise<ReadModelOverview> {
  const [students, counts, checkpoints] = await Promise.all([
    recentStudents(stores.readModel, stores.sandbox, options),
    listCourseCounts(stores.readModel, stores.sandbox),
    checkpointSummary(stores.readModel, stores.sandbox),
  ]);
  const taken = new Map(counts.map((c) => [c.courseId, c.enrolled]));
  const catalogue = COURSES.map((course) => ({
    courseId: course.id,
    taken: taken.get(course.id) ?? 0,
    capacity: course.capacity,
  }));
  const others = counts
    .filter((c) => !COURSES.some((course) => course.id === c.courseId))
    .map((c) => ({ courseId: c.courseId, taken: c.enrolled, capacity: undefined }));
  return { students, courses: [...catalogue, ...others], checkpoints };
}

/** How far back the activity chart looks. */
export const ACTIVITY_WINDOW_SECONDS = 300;
/** How many of the store's newest events are checked against the read model to count "events behind". */
const BEHIND_PROBE = 100;
/** A projector that has not reported for this long is shown as not reporting. */
const HEARTBEAT_STALE_MS = 10_000;

export async function loadActivity(stores: SandboxStores, now = new Date()): Promise<ActivityReport> {
  const since = new Date(now.getTime() - ACTIVITY_WINDOW_SECONDS * 1000);
  const [buckets, status, newest, stored] = await Promise.all([
    projectionActivity(stores.readModel, stores.sandbox, since),
    readProjectorStatus(stores.readModel),
    newestProjection(stores.readModel, stores.sandbox),
    readSandboxFeed(stores.store, stores.sandbox, { direction: "backwards", maxCount: BEHIND_PROBE }),
  ]);
  const handled = new Set(
    (
      await projectionsOf(
        stores.readModel,
        stores.sandbox,
        stored.events.map((e) => e.id),
      )
    ).map((p) => p.eventId),
  );
  const missing = stored.events.filter((e) => !handled.has(e.id)).length;
  const heartbeatAt = status ? fromSqlDateTime(status.heartbeatAt) : undefined;
  const silent = heartbeatAt !== undefined && now.getTime() - Date.parse(heartbeatAt) > HEARTBEAT_STALE_MS;
  return {
    now: now.toISOString(),
    windowSeconds: ACTIVITY_WINDOW_SECONDS,
    buckets,
    projector: {
      state: !status ? "never started" : silent ? "not reporting" : (status.state as ProjectorState),
      heartbeatAt,
      lastError: status?.lastError ?? undefined,
    },
    projectedUpTo: newest?.recordedAt,
    storeUpTo: stored.events[0]?.recordedAt,
    behind: { count: missing, atLeast: missing === stored.events.length && stored.nextPosition !== undefined },
  };
}
