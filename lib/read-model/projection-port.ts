/**
 * What the read model offers a projection: the transaction it writes a batch in, the rows a rebuild collects,
 * and where the projector keeps its shard positions. lib/projector folds events and calls these; lib/read-model
 * implements them in SQL and never imports lib/projector, so the dependency runs one way.
 */
import type { StudentDocument } from "@/lib/domain/student/student-document";
import type { RecordedEvent } from "@/lib/event-store/types";

export type ProjectedStatus = "applied" | "skipped" | "failed";

export interface ProjectedEventLog {
  event: RecordedEvent;
  status: ProjectedStatus;
  reason?: string;
  /** Read-model rows this event changed, e.g. "students/42", "enrolments/42/web-development". */
  rows: string[];
}

/** What the projector needs of the read model inside one transaction. */
export interface ProjectionTransaction {
  checkpoints(streamIds: readonly string[]): Promise<Map<string, number>>;
  /** The students of these student streams (a stream id names its sandbox and its student), by stream id. */
  loadStudents(streamIds: readonly string[]): Promise<Map<string, StudentDocument>>;
  /** Saves students changed in this batch, given as [before, after] pairs (one round trip per table). */
  saveStudents(changes: readonly (readonly [StudentDocument | undefined, StudentDocument])[]): Promise<void>;
  setCheckpoints(checkpoints: ReadonlyMap<string, number>): Promise<void>;
  logEvents(entries: readonly ProjectedEventLog[]): Promise<void>;
}

/** A whole read model held in memory: what a rebuild folds before it writes the shadow tables. */
export interface CollectedReadModel {
  /** By student stream id. */
  students: Map<string, StudentDocument>;
  checkpoints: Map<string, number>;
  /** Seats taken, by sandbox, then by course. */
  courseCounts: Map<string, Map<string, number>>;
  log: ProjectedEventLog[];
}

export interface ShardPosition {
  sequenceNumber: string | undefined;
  ended: boolean;
}

/** Where the projector keeps its shard positions (MySQL, beside the read model). */
export interface ShardPositionStore {
  load(streamArn: string): Promise<Map<string, ShardPosition>>;
  save(streamArn: string, shardId: string, position: ShardPosition): Promise<void>;
}
