/** The shapes exercise 6 speaks of: a snapshot of a student's state, and events with their revisions. */
import type { StudentEvent } from "@/lib/domain/student/events";
import type { StudentState } from "@/lib/domain/student/state";

export type Snapshot = {
  /** The revision of the last event folded into `state`. */
  revision: number;
  state: StudentState;
};

export type { StudentEvent, StudentState };

export type RecordedStudentEvent = { revision: number; event: StudentEvent };
