/**
 * Recorded events as the domain's student events, keeping their revision and time. An event that is not a
 * student event of a known shape is left out (the student pages report those; the walkthrough only folds).
 * Pure, so client components use it too.
 */
import type { StudentEvent } from "@/lib/domain/student/events";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import type { RecordedEvent } from "@/lib/event-store/types";

export interface RevisionedEvent {
  revision: number;
  recordedAt: string;
  event: StudentEvent;
}

export function toStudentEvents(
  events: readonly Pick<RecordedEvent, "streamId" | "revision" | "recordedAt" | "type" | "data" | "upcastError">[],
): RevisionedEvent[] {
  return events.flatMap((recorded) => {
    const parsed = readRecordedStudentEvent(recorded);
    return parsed.ok ? [{ revision: recorded.revision, recordedAt: recorded.recordedAt, event: parsed.event }] : [];
  });
}
