/** Step 4, projections and eventual consistency: pause or delay the projector, append, watch the lag. */
import { appendForLagAction, appendInlineAction } from "@/app/walkthrough/[step]/actions";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { ProjectorControls } from "@/components/walkthrough/instructor/projector-controls";
import { LagMetrics, RecentProjections, StoreAndRow } from "@/components/walkthrough/lag-view";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import { describeProjector, readProjectorView } from "@/lib/instructor/projector-view";
import { loadStudentHistory } from "@/lib/students/student-history";
import { projectionLag } from "@/lib/walkthrough/projection-lag";
import type { StepParams } from "@/lib/walkthrough/step-params";
import { app } from "@/lib/server/app";

export async function StepFour({ params }: { params: StepParams }) {
  const studentId = params.student;
  const [history, projector] = await Promise.all([
    studentId ? loadStudentHistory(app().store, studentId) : undefined,
    readProjectorView(app().readModel),
  ]);
  const lag =
    history && studentId
      ? await projectionLag(app().readModel, studentId, history.streamId, history.events)
      : undefined;
  const complete =
    params.expect !== undefined && lag !== undefined && lag.projectedRevision >= params.expect && !projector.paused;
  return (
    <StepFrame step={4} params={params} complete={complete}>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="step4-projector"
          title="The projector"
          aside={
            <span className="text-sm font-medium" data-testid="projector-state">
              {describeProjector(projector)}
            </span>
          }
        >
          <p className="text-sm text-muted">
            Instructor controls: they change the projector for everyone using this server.
          </p>
          <ProjectorControls paused={projector.paused} delayMs={projector.delayMs} />
        </Panel>
        <Panel id="step4-append" title="Append">
          {studentId && history ? (
            <div className="space-y-3">
              <DoItForm
                action={appendForLagAction}
                label="Append an event"
                pendingLabel="Appending…"
                fields={{ student: studentId }}
              />
              <p className="text-sm text-muted">
                The contrast: write the read model in the same request as the append. Fresh at once, but two databases
                without a shared transaction (see docs/projector.md).
              </p>
              <DoItForm
                action={appendInlineAction}
                label="Append and project inline"
                pendingLabel="Appending…"
                fields={{ student: studentId }}
                variant="secondary"
              />
            </div>
          ) : (
            <StudentPicker step={4} hint="This step follows one student into the read model. Choose a student first." />
          )}
        </Panel>
      </div>
      {lag && history && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Panel id="step4-lag" title="Event store and read model">
            <LagMetrics lag={lag} />
            <StoreAndRow lag={lag} state={history.state} />
          </Panel>
          <Panel id="step4-recent" title="Recently projected">
            <RecentProjections lag={lag} />
          </Panel>
        </div>
      )}
    </StepFrame>
  );
}
