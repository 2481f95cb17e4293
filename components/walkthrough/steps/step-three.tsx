/** Step 3, folding: the state rebuilt event by event with the real `evolve`, whose source is shown beside it. */
import { changeDetailsStepAction } from "@/app/walkthrough/[step]/actions";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { FoldPlayer } from "@/components/walkthrough/fold-player";
import { Panel } from "@/components/walkthrough/panel";
import { SourceView } from "@/components/walkthrough/source-view";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import type { StepThreeData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

export function StepThree({ params, data: { source, student } }: { params: StepParams; data: StepThreeData }) {
  const events = student.kind === "student" ? student.events : [];
  return (
    <StepFrame step={3} params={params} complete={false}>
      {student.kind === "student" ? (
        <DoItForm
          action={changeDetailsStepAction}
          label="Append another event"
          pendingLabel="Appending…"
          fields={{ student: student.studentId }}
          variant="secondary"
        />
      ) : (
        <StudentPicker
          step={3}
          hint="This step folds one student's stream. Choose a student first."
          recent={student.recent}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="step3-fold" title="Fold the stream">
          {events.length > 0 ? (
            <FoldPlayer key={params.student} events={events} initialPosition={params.fold ?? 0} />
          ) : (
            <p className="text-sm text-muted">No events to fold yet.</p>
          )}
        </Panel>
        <Panel id="step3-evolve" title="evolve, the whole fold">
          <p className="text-sm text-muted">
            The domain&apos;s own function, the one the player calls: given the state so far and one event, it returns
            the next state. It never fails and never reads anything else, so the same events always fold to the same
            state.
          </p>
          <SourceView source={source} label="Source of the student's evolve" />
        </Panel>
      </div>
    </StepFrame>
  );
}
