/** Step 4, projections and eventual consistency: pause or delay the projector, append, watch the lag. */
import { appendForLagAction, appendInlineAction } from "@/app/walkthrough/[step]/actions";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { ProjectorControls } from "@/components/walkthrough/instructor/projector-controls";
import { LagMetrics, RecentProjections, StoreAndRow } from "@/components/walkthrough/lag-view";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import type { StepFourData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

export function StepFour({ params, data: { projector, student } }: { params: StepParams; data: StepFourData }) {
  const lag = student.kind === "student" ? student.lag : undefined;
  const complete =
    params.expect !== undefined &&
    lag !== undefined &&
    lag.projectedRevision >= params.expect &&
    !projector.view.paused;
  return (
    <StepFrame step={4} params={params} complete={complete}>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="step4-projector"
          title="The projector"
          aside={
            <span className="text-sm font-medium" data-testid="projector-state">
              {projector.description}
            </span>
          }
        >
          <p className="text-sm text-muted">
            Instructor controls: they change the projector for everyone using this server.
          </p>
          <ProjectorControls paused={projector.view.paused} delayMs={projector.view.delayMs} />
        </Panel>
        <Panel id="step4-append" title="Append">
          {student.kind === "student" ? (
            <div className="space-y-3">
              <DoItForm
                action={appendForLagAction}
                label="Append an event"
                pendingLabel="Appending…"
                fields={{ student: student.studentId }}
              />
              <p className="text-sm text-muted">
                The contrast: write the read model in the same request as the append. Fresh at once, but two databases
                without a shared transaction (see docs/projector.md).
              </p>
              <DoItForm
                action={appendInlineAction}
                label="Append and project inline"
                pendingLabel="Appending…"
                fields={{ student: student.studentId }}
                variant="secondary"
              />
            </div>
          ) : (
            <StudentPicker
              step={4}
              hint="This step follows one student into the read model. Choose a student first."
              recent={student.recent}
            />
          )}
        </Panel>
      </div>
      {student.kind === "student" && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Panel id="step4-lag" title="Event store and read model">
            <LagMetrics lag={student.lag} />
            <StoreAndRow lag={student.lag} state={student.history.state} />
          </Panel>
          <Panel id="step4-recent" title="Recently projected">
            <RecentProjections lag={student.lag} />
          </Panel>
        </div>
      )}
    </StepFrame>
  );
}
