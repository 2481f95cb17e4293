/** Step 6, time travel: the state at any revision or moment, folded again by the real `stateAtRevision`. */
import { changeDetailsStepAction } from "@/app/walkthrough/[step]/actions";
import { formatTimestamp } from "@/components/ui/format";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { EventRows } from "@/components/walkthrough/event-rows";
import { Panel } from "@/components/walkthrough/panel";
import { StateView } from "@/components/walkthrough/state-view";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import { TimeTravelControls } from "@/components/walkthrough/time-travel-controls";
import { stateAtRevision } from "@/lib/domain/student/state";
import type { StepSixData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";
import { toStudentEvents } from "@/lib/walkthrough/student-events";
import { travelTarget } from "@/lib/walkthrough/time-travel";

const SHOWN_EVENTS = 12;

export function StepSix({ params, data: { student } }: { params: StepParams; data: StepSixData }) {
  if (student.kind === "picker") {
    return (
      <StepFrame step={6} params={params} complete={false}>
        <StudentPicker
          step={6}
          hint="This step travels through one student's stream. Choose a student first."
          recent={student.recent}
        />
      </StepFrame>
    );
  }
  const { studentId, history } = student;
  const target = travelTarget(history.events, params);
  const parsed = toStudentEvents(history.events);
  const state = stateAtRevision(
    parsed.map((entry) => entry.event),
    parsed.filter((entry) => entry.revision <= target.revision).length,
  );
  const at = history.events.find((event) => event.revision === target.revision)?.recordedAt;
  // A window of the stream around the revision travelled to (a long stream is not listed whole).
  const start = Math.max(0, Math.min(target.revision - SHOWN_EVENTS + 4, history.events.length - SHOWN_EVENTS));
  const left = history.revision - target.revision;
  const travelled = params.revision !== undefined || params.at !== undefined;
  const how =
    target.by === "time" && params.at
      ? `the last event recorded by ${formatTimestamp(params.at)}`
      : target.by === "revision"
        ? `revision ${target.revision}, as asked`
        : "now (the latest revision)";
  return (
    <StepFrame step={6} params={params} complete={travelled && history.events.length >= 2}>
      <DoItForm
        action={changeDetailsStepAction}
        label="Append another event"
        pendingLabel="Appending…"
        fields={{ student: studentId }}
        variant="secondary"
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="step6-travel" title="Travel">
          <TimeTravelControls
            key={studentId}
            student={studentId}
            revision={target.revision}
            latest={history.revision}
            at={params.at}
            fallbackAt={history.events.at(-1)?.recordedAt ?? new Date().toISOString()}
          />
          <div className="rounded-md bg-background p-4" data-testid="travelled-state">
            <h3 className="text-sm font-semibold">
              State at revision <span data-testid="travel-revision">{target.revision}</span>
            </h3>
            <p className="mb-3 text-xs text-muted">
              Chosen by {how}
              {at ? `; that event was recorded ${formatTimestamp(at)}` : ""}.
            </p>
            <StateView state={state} label={`State at revision ${target.revision}`} />
          </div>
        </Panel>
        <Panel id="step6-events" title="The stream">
          <p className="text-sm text-muted">
            {left === 0
              ? "Every event is folded."
              : `${left} later ${left === 1 ? "event is" : "events are"} left out of this fold (dimmed).`}
            {start > 0 && ` ${start} earlier events are folded too but not listed.`}
          </p>
          <EventRows
            events={history.events.slice(start, start + SHOWN_EVENTS)}
            label="The stream's events"
            foldedTo={target.revision}
          />
        </Panel>
      </div>
    </StepFrame>
  );
}
