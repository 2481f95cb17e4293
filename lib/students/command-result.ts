/**
 * What a student command handler returns. Every outcome is a value: handlers catch what the event store
 * throws, so nothing below the server action can surface to a user as an exception.
 */
import type { DomainError } from "@/lib/domain/student/errors";

export type StudentCommandResult =
  /** `eventsAppended` is 0 when the command changed nothing (e.g. details saved unchanged). */
  | Readonly<{ status: "ok"; studentId: string; revision: number; eventsAppended: number; correlationId: string }>
  | Readonly<{ status: "rejected"; error: DomainError; revision: number }>
  /** The stream moved past the revision the user saw; 0 stands for "no stream yet". */
  | Readonly<{
      status: "conflict";
      expected: number;
      actual: number;
      /** What the other change was: the events after `expected`, newest last, e.g. "revision 3: left Web Development". */
      otherChanges: readonly string[];
    }>
  | Readonly<{ status: "error"; message: string }>;
