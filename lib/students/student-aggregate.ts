/**
 * The student domain in the shape the event store's command loop (`handleCommand`) expects. Stored events
 * pass through `parseStudentEvent` before they are folded, so a malformed event stops the command instead of
 * silently producing a wrong state.
 */
import { parseStudentEvent } from "@/lib/domain/student/parse-event";
import { STUDENT_EVENT_SCHEMA_VERSIONS, type StudentEvent } from "@/lib/domain/student/events";
import { evolve, initialState, type StudentState } from "@/lib/domain/student/state";
import type { Aggregate } from "@/lib/event-store/aggregate";
import type { RecordedEvent } from "@/lib/event-store/types";

/** A stored event that is not a student event of the current shape: a storage fault, not a user mistake. */
export class UnreadableStudentEventError extends Error {
  override readonly name = "UnreadableStudentEventError";
  constructor(
    readonly streamId: string,
    readonly revision: number,
    reason: string,
  ) {
    super(`Event ${revision} of ${streamId} is not a student event: ${reason}`);
  }
}

function toDomainEvent(event: RecordedEvent): StudentEvent {
  const parsed = parseStudentEvent(event);
  if (!parsed.ok) throw new UnreadableStudentEventError(event.streamId, event.revision, parsed.reason);
  return parsed.event;
}

export const studentAggregate: Aggregate<StudentState, StudentEvent> = {
  initialState,
  evolve,
  toDomainEvent,
  schemaVersionOf: (type) => STUDENT_EVENT_SCHEMA_VERSIONS[type],
};
