/** Step 1, events not rows: register a student, see the event stored; change it, see what a CRUD row would lose. */
import { changeDetailsStepAction, registerStudentStepAction } from "@/app/walkthrough/[step]/actions";
import { CrudToggle } from "@/components/walkthrough/crud-toggle";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { EventRows } from "@/components/walkthrough/event-rows";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { crudContrast } from "@/lib/walkthrough/crud-contrast";
import type { StepOneData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";
import { toStudentEvents } from "@/lib/walkthrough/student-events";

export function StepOne({ params, data: { history } }: { params: StepParams; data: StepOneData }) {
  const studentId = params.student;
  const registered = history?.events.some((event) => event.type === "StudentRegistered") ?? false;
  return (
    <StepFrame step={1} params={params} complete={registered}>
      <div className="flex flex-wrap gap-4">
        <DoItForm
          action={registerStudentStepAction}
          label={history ? "Register another student" : "Register a student"}
          pendingLabel="Registering…"
          variant={history ? "secondary" : "primary"}
        />
        {history && studentId && (
          <DoItForm
            action={changeDetailsStepAction}
            label="Change their email"
            pendingLabel="Saving…"
            fields={{ student: studentId }}
          />
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="step1-events"
          title="The event store (DynamoDB)"
          aside={history && <code className="text-xs text-muted">{history.streamId}</code>}
        >
          {history ? (
            <EventRows events={history.events} label="Stored events" />
          ) : (
            <p className="text-sm text-muted">
              No events yet. Press “Register a student”: the command becomes a StudentRegistered event.
            </p>
          )}
        </Panel>
        <Panel id="step1-crud" title="The same changes in a CRUD table">
          {history ? (
            <CrudToggle key={studentId} contrast={crudContrast(toStudentEvents(history.events))} />
          ) : (
            <p className="text-sm text-muted">
              A CRUD table would hold one row per student and overwrite it on every change.
            </p>
          )}
        </Panel>
      </div>
    </StepFrame>
  );
}
