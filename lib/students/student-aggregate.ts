/**
 * The student domain in the shape the event store's command loop (`handleCommand`) expects. Stored events
 * pass through `readRecordedStudentEvent` before they are folded; one it cannot read is left out of the fold,
 * exactly as the student page and the projector leave it out, so a command decides on the state they show.
 */
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { STUDENT_EVENT_SCHEMA_VERSIONS, type StudentEvent } from "@/lib/domain/student/events";
import { evolve, initialState, type StudentState } from "@/lib/domain/student/state";
import type { Aggregate } from "@/lib/event-store/aggregate";
import type { RecordedEvent } from "@/lib/event-store/types";

function toDomainEvent(event: RecordedEvent): StudentEvent | undefined {
  const parsed = readRecordedStudentEvent(event);
  return parsed.ok ? parsed.event : undefined;
}

export const studentAggregate: Aggregate<StudentState, StudentEvent> = {
  initialState,
  evolve,
  toDomainEvent,
  schemaVersionOf: (type) => STUDENT_EVENT_SCHEMA_VERSIONS[type],
};
