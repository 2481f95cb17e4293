/** Recorded events for the timeline's helper tests. */
import type { RecordedEvent } from "@/lib/event-store/types";

let counter = 0;

export function recorded(overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  counter += 1;
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  const recordedAt = overrides.recordedAt ?? "2026-11-23T18:00:00.000Z";
  const streamId = overrides.streamId ?? "student-a";
  const revision = overrides.revision ?? 1;
  return {
    id,
    streamId,
    revision,
    type: "StudentRegistered",
    data: {},
    metadata: {},
    schemaVersion: 1,
    recordedAt,
    position: `${recordedAt}#0000#${streamId}#${String(revision).padStart(10, "0")}`,
    ...overrides,
  };
}
