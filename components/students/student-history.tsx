"use client";
/**
 * Time travel over the student's stream: the slider picks a revision N, the state shown is the domain's own
 * fold of the first N events (`stateAtRevision`), and the events after N are dimmed. Events arrive as stored,
 * so each goes through readRecordedStudentEvent before it is folded; one that does not parse is shown but skipped.
 */
import { useMemo, useState } from "react";
import { EventList } from "@/components/students/event-list";
import { StudentSummary } from "@/components/students/student-summary";
import { RevisionSlider } from "@/components/ui/revision-slider";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import { stateAtRevision } from "@/lib/domain/student/state";
import type { RecordedEvent } from "@/lib/event-store/types";

export function StudentHistory({ events }: { events: readonly RecordedEvent[] }) {
  const latest = events.at(-1)?.revision ?? 0;
  // undefined follows the newest revision, so a change saved on this page shows up in the replay too.
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const revision = chosen === undefined ? latest : Math.min(chosen, latest);
  const parsed = useMemo(
    () =>
      events.flatMap((event) => {
        const result = readRecordedStudentEvent(event);
        return result.ok ? [{ revision: event.revision, event: result.event }] : [];
      }),
    [events],
  );
  const replayed: StudentEvent[] = parsed.map((entry) => entry.event);
  const state = stateAtRevision(replayed, parsed.filter((entry) => entry.revision <= revision).length);
  const typeAtRevision = events.find((event) => event.revision === revision)?.type ?? "unknown event";
  const spoken = `Revision ${revision} of ${latest}: ${revision === 0 ? "before any event" : typeAtRevision}`;
  return (
    <div className="space-y-4">
      <RevisionSlider
        id="replay-revision"
        label="Replay up to revision"
        revision={revision}
        latest={latest}
        valueText={spoken}
        onChange={(n) => setChosen(n >= latest ? undefined : n)}
      />
      <div data-testid="replayed-state" className="rounded-md bg-background p-3">
        <h3 className="mb-2 text-sm font-semibold">State at revision {revision}</h3>
        {state.status === "registered" ? (
          <StudentSummary student={state} label={`State at revision ${revision}`} />
        ) : (
          <p className="text-sm text-muted">No student yet: nothing has happened before the first event.</p>
        )}
      </div>
      <EventList events={events} replayedTo={revision} />
    </div>
  );
}
