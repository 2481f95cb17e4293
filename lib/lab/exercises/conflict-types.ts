/** The shape exercise 5 speaks of: a save the event store refused because the stream moved on. */
import type { EnrolStudent } from "@/lib/domain/student/commands";
import type { DecideContext, DecideResult } from "@/lib/domain/student/decide";
import type { StudentEvent } from "@/lib/domain/student/events";
import type { StudentState } from "@/lib/domain/student/state";

export type Conflict = {
  command: EnrolStudent;
  /** The state the refused decision was made on. */
  decidedOn: StudentState;
  /** What other writers appended to the stream since it was read: why the append was refused. */
  appendedSince: StudentEvent[];
  /** Read again at the retry: the seats taken now. */
  context: DecideContext;
};

export type { DecideResult };
