/** A student's folded state: its details, or a plain sentence when nothing has been registered yet. */
import { StudentSummary } from "@/components/students/student-summary";
import type { StudentState } from "@/lib/domain/student/state";

export function StateView({ state, label }: { state: StudentState; label: string }) {
  if (state.status === "registered") return <StudentSummary student={state} label={label} />;
  return (
    <p aria-label={label} className="text-sm text-muted">
      No student yet: the initial state, before any event.
    </p>
  );
}
