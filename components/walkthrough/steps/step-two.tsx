/** Step 2, streams: the student's items exactly as DynamoDB holds them, one per append; done once an append made here shows up. */
import { enrolStepAction } from "@/app/walkthrough/[step]/actions";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { JsonView } from "@/components/walkthrough/json-view";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import { StudentPicker } from "@/components/walkthrough/student-picker";
import type { StepTwoData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

const LEGEND = [
  ["pk", "S", "partition key: the stream id, so a stream's items sit together"],
  ["sk", "N", "sort key: the first revision in the item, so they sort in order"],
  ["last", "N", "the stream's revision once this item was written"],
  ["events", "L", "the events of one append, data and metadata as JSON text"],
  ["feed, feedKey", "S", "the all-events index, ordered by time"],
] as const;

export function StepTwo({ params, data: { tableName, student } }: { params: StepParams; data: StepTwoData }) {
  const stream = student.kind === "student" ? student.stream : undefined;
  const items = stream?.items ?? [];
  return (
    <StepFrame
      step={2}
      params={params}
      complete={params.expect !== undefined && stream !== undefined && stream.revision >= params.expect}
    >
      {student.kind === "student" ? (
        <DoItForm
          action={enrolStepAction}
          label="Append another event"
          pendingLabel="Appending…"
          fields={{ student: student.studentId }}
        />
      ) : (
        <StudentPicker
          step={2}
          hint="This step shows one student's stream. Choose a student first."
          recent={student.recent}
        />
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_2fr]">
        <Panel id="step2-keys" title="How an item is laid out" className="lg:sticky lg:top-4">
          <p className="text-sm text-muted">
            Table <code className="font-mono">{tableName}</code>. Every attribute is typed in DynamoDB&apos;s own JSON:{" "}
            <code>S</code> string, <code>N</code> number (sent as text), <code>L</code> list, <code>M</code> map.
          </p>
          <dl className="space-y-2 text-sm">
            {LEGEND.map(([name, type, meaning]) => (
              <div key={name}>
                <dt className="font-mono font-semibold">
                  {name} <span className="text-muted">({type})</span>
                </dt>
                <dd className="text-muted">{meaning}</dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel
          id="step2-items"
          title="Items in the events table"
          aside={
            stream && (
              <span
                className="text-sm text-muted"
                data-testid="item-count"
              >{`${items.length} ${items.length === 1 ? "item" : "items"}, revision ${stream.revision}`}</span>
            )
          }
        >
          {items.length === 0 ? (
            <p className="text-sm text-muted">No items: this student has no stream yet.</p>
          ) : (
            <ol aria-label="DynamoDB items" className="space-y-3">
              {items.map((item) => (
                <li key={`${item.sk?.N}`} data-testid="dynamodb-item">
                  <JsonView value={item} label={`Item with sk ${item.sk?.N ?? "?"}`} highlight={["pk", "sk"]} />
                </li>
              ))}
            </ol>
          )}
        </Panel>
      </div>
    </StepFrame>
  );
}
