/**
 * A student's stream read whole, for the student page: every event as stored (upcast to today's shapes)
 * and the state folded from them.
 */
import "server-only";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import { foldStudent, type StudentState } from "@/lib/domain/student/state";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import { studentStreamId } from "@/lib/domain/student/stream-id";

export interface StudentHistory {
  streamId: string;
  /** Forwards, revision 1 first. */
  events: RecordedEvent[];
  state: StudentState;
  revision: number;
  /** Stored events that are not student events of a known shape; shown, but left out of the fold. */
  unreadable: { revision: number; reason: string }[];
}

/** undefined when the student's stream does not exist. */
export async function loadStudentHistory(
  store: EventStore,
  sandbox: string,
  studentId: string,
): Promise<StudentHistory | undefined> {
  const streamId = studentStreamId(studentId, sandbox);
  const events = await readStreamEvents(store, streamId);
  if (events.length === 0) return undefined;
  const folded: StudentEvent[] = [];
  const unreadable: StudentHistory["unreadable"] = [];
  for (const event of events) {
    const parsed = readRecordedStudentEvent(event);
    if (parsed.ok) folded.push(parsed.event);
    else unreadable.push({ revision: event.revision, reason: parsed.reason });
  }
  return { streamId, events, state: foldStudent(folded), revision: events.at(-1)?.revision ?? 0, unreadable };
}
