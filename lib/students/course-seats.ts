/**
 * Reads a course's seats from the event store: the course's seat events, by its tag, strongly consistent (the
 * decision that follows appends on the condition that nothing with that tag came after this read).
 */
import "server-only";
import { courseSeatsQuery, seatHolders, studentEventTags } from "@/lib/domain/course-seats";
import { sandboxOfStream } from "@/lib/domain/sandbox";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import type { AppendCondition, EventStore, RecordedEvent } from "@/lib/event-store/types";

export interface CourseSeats {
  /** The students holding a seat, in the order they took it. */
  holders: string[];
  /** The condition an append deciding on these seats carries. */
  condition: AppendCondition;
}

/**
 * What a process last folded of each course's seats. With it, a decision reads only the seat events after the
 * remembered position (usually none or one), not the course's whole history; the append's condition is what
 * keeps it right, whatever other processes did meanwhile. Each entry is holders and the position they were folded
 * up to, replaced together, so even two decisions at once can only leave an older entry, which reads more.
 */
export type SeatMemory = Map<string, CourseSeats>;

/** Courses remembered at most; the oldest is forgotten first (it is read in full again when needed). */
const REMEMBERED_COURSES = 10_000;

export function createSeatMemory(): SeatMemory {
  return new Map();
}

export async function readCourseSeats(
  store: EventStore,
  courseId: string,
  sandbox: string,
  memory?: SeatMemory,
): Promise<CourseSeats> {
  const query = courseSeatsQuery(courseId, sandbox);
  const tag = query.tags[0]!;
  const known = memory?.get(tag);
  const { events, position } = await store.readByTags(query, { consistent: true, after: known?.condition.after });
  const seatEvents = events.flatMap((event) => {
    const read = ownSeatEvent(event, courseId, sandbox);
    return read ? [read] : [];
  });
  const seats = { holders: [...seatHolders(seatEvents, known?.holders)], condition: { query, after: position } };
  if (memory) {
    memory.delete(tag);
    memory.set(tag, seats);
    if (memory.size > REMEMBERED_COURSES) memory.delete(memory.keys().next().value!);
  }
  return seats;
}

/**
 * A seat event counts only when it is what it says: a student event of the tag's sandbox and course, about the
 * student whose stream holds it (readRecordedStudentEvent checks that). So a tagged event stored anywhere else
 * can neither take nor free a seat.
 */
function ownSeatEvent(event: RecordedEvent, courseId: string, sandbox: string): StudentEvent | undefined {
  if (sandboxOfStream(event.streamId) !== sandbox) return undefined;
  const read = readRecordedStudentEvent(event);
  if (!read.ok || !("courseId" in read.event.data)) return undefined;
  return read.event.data.courseId === courseId ? read.event : undefined;
}

/**
 * The tags a stored event should carry: what the enrol command writes today. The upgrade of a table written
 * before tags (lib/event-store/dynamodb/tag-backfill.ts) indexes old seat events by it, so they still count.
 */
export function seatTagsOfStoredEvent(event: RecordedEvent): string[] {
  const read = readRecordedStudentEvent(event);
  return read.ok ? studentEventTags(read.event, sandboxOfStream(event.streamId)) : [];
}
