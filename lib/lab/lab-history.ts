/**
 * The history a replay runs over, as the page receives it: student streams, each event already read the way the
 * app reads a stored event (upcast, checked, unreadable ones left out), with its revision and time.
 */
import type { StudentEvent } from "@/lib/domain/student/events";

export type LabEvent = Readonly<{ revision: number; recordedAt: string; event: StudentEvent }>;

export type LabStream = Readonly<{ streamId: string; studentId: string; label: string; events: readonly LabEvent[] }>;

export type LabHistory = Readonly<{
  /** Where the events come from: the viewer's own sandbox, or the sample class when it has none (or the store is away). */
  source: "sandbox" | "sample" | "sample-store-away";
  streams: readonly LabStream[];
  eventCount: number;
}>;
