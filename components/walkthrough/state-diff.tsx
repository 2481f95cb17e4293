/** The state before and after one event, field by field; the fields the event changed are marked. */
import { fieldText, type FoldFrame, type StateField } from "@/lib/walkthrough/fold-frames";
import type { StudentState } from "@/lib/domain/student/state";

const FIELDS: readonly StateField[] = ["status", "fullName", "email", "dateOfBirth", "courses"];

export function StateDiff({
  before,
  after,
  frame,
}: {
  before: StudentState;
  after: StudentState;
  frame: FoldFrame | undefined;
}) {
  const changed = new Set(frame?.changes.map((change) => change.field));
  return (
    <table className="w-full table-fixed text-left text-sm" data-testid="state-diff">
      <caption className="sr-only">State before and after the event</caption>
      <thead>
        <tr className="border-b border-border text-xs uppercase tracking-wide text-muted">
          <th scope="col" className="w-28 py-1 pr-2 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            Before
          </th>
          <th scope="col" className="py-1 font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {FIELDS.map((field) => {
          const isChanged = changed.has(field);
          return (
            <tr
              key={field}
              data-changed={isChanged}
              className={`border-b border-border/60 align-top ${isChanged ? "bg-ok-surface" : ""}`}
            >
              <th scope="row" className="py-1.5 pr-2 font-mono text-xs font-medium">
                {field}
                {isChanged && <span className="sr-only"> (changed)</span>}
              </th>
              <td className={`py-1.5 pr-2 break-words ${isChanged ? "text-muted line-through" : ""}`}>
                {fieldText(before, field) || "—"}
              </td>
              <td className={`py-1.5 break-words ${isChanged ? "font-semibold text-ok" : ""}`}>
                {fieldText(after, field) || "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
