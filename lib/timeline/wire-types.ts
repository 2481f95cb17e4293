/**
 * What the timeline's pages hand to their client components and what its routes (app/timeline/api) answer:
 * one set of types for both, so the first render and every later poll have the same shape.
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import type { ProjectorState } from "@/lib/read-model/projector-queries";
import type { ActivityBucket, CheckpointSummary, ProjectionInfo, RecentStudentsPage } from "@/lib/read-model/timeline-queries";

export interface FeedPage {
  events: RecordedEvent[];
  /** Cursor for the next older page (GET /api/events?from=), null when there is none. */
  next: string | null;
}

export interface ProjectionSnapshot {
  /** Event id → what the projector did with it; events it has not handled are absent. */
  projections: Record<string, ProjectionInfo>;
  /** Student id → full name in the read model. */
  names: Record<string, string>;
}

export interface CourseSeats {
  courseId: string;
  taken: number;
  /** undefined for a course that is not (or no longer) in the catalogue. */
  capacity: number | undefined;
}

export interface ReadModelOverview {
  students: RecentStudentsPage;
  courses: CourseSeats[];
  checkpoints: CheckpointSummary;
}

export interface ProjectorReport {
  state: ProjectorState | "not reporting" | "never started";
  heartbeatAt: string | undefined;
  lastError: string | undefined;
}

export interface ActivityReport {
  now: string;
  windowSeconds: number;
  buckets: ActivityBucket[];
  projector: ProjectorReport;
  /** recordedAt of the event the projector handled last. */
  projectedUpTo: string | undefined;
  /** recordedAt of the newest event in the store. */
  storeUpTo: string | undefined;
  /** Of the store's newest events, how many the read model has not handled; `atLeast` when every one probed was missing. */
  behind: { count: number; atLeast: boolean };
}
