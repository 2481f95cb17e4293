/** Step 3, folding: the state rebuilt event by event with the real `evolve`, whose source is shown beside it. */
import { changeDetailsStepAction } from "@/app/walkthrough/[step]/actions";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { FoldPlayer } from "@/components/walkthrough/fold-player";
import { Panel } from "@/components/walkthrough/panel";
import { SourceView } from "@/components/walkthrough/source-view";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import { loadStudentHistory } from "@/lib/students/student-history";
import { readSource } from "@/lib/walkthrough/source-files";
import type { StepParams } from "@/lib/walkthrough/step-params";
import { app } from "@/lib/server/app";

export async function StepThree({ params }: { params: StepParams }) {
  const studentId = params.student;
  const [history, source] = await Promise.all([
    studentId ? loadStudentHistory(app().store, studentId) : undefined,
    readSource("evolve"),
  ]);
  // Only what the fold needs crosses to the browser.
  const events =
    history?.events.map(({ streamId, revision, recordedAt, type, data, upcastError }) => ({
      streamId,
      revision,
      recordedAt,
      type,
      data,
      upcastError,
    })) ?? [];
  return (
    <StepFrame step={3} params={params} complete={false}>
      {studentId && history ? (
        <DoItForm
          action={changeDetailsStepAction}
          label="Append another event"
          pendingLabel="Appending…"
          fields={{ student: studentId }}
          variant="secondary"
        />
      ) : (
        <StudentPicker step={3} hint="This step folds one student's stream. Choose a student first." />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="step3-fold" title="Fold the stream">
          {events.length > 0 ? (
            <FoldPlayer key={studentId} events={events} initialPosition={params.fold ?? 0} />
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
