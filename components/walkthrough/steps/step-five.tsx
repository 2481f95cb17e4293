/** Step 5, optimistic concurrency: two tabs at the same revision both append; the second is refused. */
import { ConcurrencyTabs } from "@/components/walkthrough/concurrency-tabs";
import { EventRows } from "@/components/walkthrough/event-rows";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import type { StepFiveData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

export function StepFive({ params, data: { student } }: { params: StepParams; data: StepFiveData }) {
  return (
    <StepFrame step={5} params={params} complete={false}>
      {student.kind === "student" ? (
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <Panel id="step5-tabs" title="Two tabs, one student">
            <p className="text-sm text-muted">
              Both tabs opened this student at the same revision and keep it until reloaded. Save in one, then in the
              other, or in both at once.
            </p>
            <ConcurrencyTabs
              key={student.studentId}
              studentId={student.studentId}
              latest={{ revision: student.history.revision, email: student.email }}
            />
          </Panel>
          <Panel
            id="step5-stream"
            title="The stream"
            aside={<span className="text-sm tabular-nums text-muted">at revision {student.history.revision}</span>}
          >
            <EventRows events={student.history.events.slice(-4)} label="Latest events" />
          </Panel>
        </div>
      ) : (
        <StudentPicker
          step={5}
          hint="This step needs one registered student to edit from two tabs. Choose a student first."
          recent={student.recent}
        />
      )}
    </StepFrame>
  );
}
