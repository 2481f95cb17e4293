/** Stored events, in feed order, into student streams as the lab replays them; unreadable events are left out. */
import type { ParseStudentEventResult, RecordedStudentEventInput } from "@/lib/domain/student/parse-event";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import type { LabEvent, LabStream } from "@/lib/lab/lab-history";

type Stored = RecordedStudentEventInput & { revision: number; recordedAt: string };

export function groupIntoStreams(
  stored: readonly Stored[],
  read: (event: RecordedStudentEventInput) => ParseStudentEventResult,
): LabStream[] {
  const streams = new Map<string, { studentId: string; label: string; events: LabEvent[] }>();
  for (const item of stored) {
    const parsed = read(item);
    const studentId = studentIdOfStream(item.streamId);
    if (!parsed.ok || studentId === undefined) continue;
    const stream = streams.get(item.streamId) ?? { studentId, label: studentId, events: [] };
    if (parsed.event.type === "StudentRegistered" && stream.events.length === 0) {
      stream.label = parsed.event.data.fullName;
    }
    stream.events.push({ revision: item.revision, recordedAt: item.recordedAt, event: parsed.event });
    streams.set(item.streamId, stream);
  }
  return [...streams].map(([streamId, stream]) => ({ streamId, ...stream }));
}
