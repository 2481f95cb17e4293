/**
 * What the timeline's pages hand to their client components and what its routes (app/api/timeline) answer:
 * one set of types for both, so the first render and every later poll have the same shape.
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import type { ProjectorState } from "@/lib/read-model/projector-queries";
import type { ActivityBucket } from "@/lib/read-model/projection-activity-queries";
import type { CheckpointSummary, ProjectionInfo, RecentStudentsPage } from "@/lib/read-model/timeline-queries";
import type { MatchCursor, StreamSummary } from "@/lib/read-model/timeline-filter-queries";
import type { NameHistory } from "@/lib/timeline/name-history";

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

/** Stream id → the names its student had, up to a revision (lib/timeline/name-history.ts). */
export type NameHistories = Record<string, NameHistory>;

/** A stream to filter by, with its student's current name in the read model (none for other streams). */
export interface StreamChoice extends StreamSummary {
  currentName: string | undefined;
}

/** What the filters offer, from the read model over every projected event: streams, and counts per type. */
export interface FilterOptions {
  streams: StreamChoice[];
  /** Streams in all; more than `streams` holds when the list was cut. */
  totalStreams: number;
  typeCounts: { type: string; count: number }[];
}

/** One page of the events matching the filters, read from the store, with what the projector did with each. */
export interface MatchingPage extends ProjectionSnapshot {
  events: RecordedEvent[];
  next: MatchCursor | null;
}
