/**
 * History for a viewer whose sandbox has no students yet: the sample class the instructor's seed writes
 * (lib/instructor/sample-class.ts), every event made by the domain's real decide. Several classes, each from its
 * own seed, when more events are wanted (the replay measurement asks for 10,000).
 */
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { DEFAULT_SEED, planSampleClass } from "@/lib/instructor/sample-class";
import type { LabHistory, LabStream } from "@/lib/lab/lab-history";
import { groupIntoStreams } from "@/lib/lab/group-streams";

export function sampleHistory(minEvents = 1): LabHistory {
  const recorded: { streamId: string; revision: number; recordedAt: string; type: string; data: unknown }[] = [];
  for (let seed = DEFAULT_SEED; recorded.length < minEvents; seed += 1) {
    for (const append of planSampleClass(seed).appends) {
      const occurredAt = append.event.metadata?.occurredAt;
      recorded.push({
        streamId: append.streamId,
        revision: append.expectedRevision + 1,
        recordedAt: typeof occurredAt === "string" ? occurredAt : "",
        type: append.event.type,
        data: append.event.data,
      });
    }
  }
  const streams: LabStream[] = groupIntoStreams(recorded, readRecordedStudentEvent);
  return { source: "sample", streams, eventCount: streams.reduce((sum, s) => sum + s.events.length, 0) };
}
