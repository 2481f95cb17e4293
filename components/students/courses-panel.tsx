"use client";
/**
 * The courses a student is enrolled in, a button to leave each, and a form to join another. Enrol and
 * unenrol share one status line under the list, so the outcome appears where the user just acted.
 */
import { useActionState, useState } from "react";
import { enrolStudentAction, unenrolStudentAction } from "@/app/students/[studentId]/actions";
import { EnrolForm } from "@/components/students/enrol-form";
import { FormStatus } from "@/components/students/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { visibleState } from "@/components/students/visible-state";
import { IDLE } from "@/lib/forms/action-state";
import type { CourseOption } from "@/lib/students/course-options";

export type EnrolledCourse = { courseId: string; title: string };

export function CoursesPanel({
  studentId,
  revision,
  enrolled,
  options,
}: {
  studentId: string;
  revision: number;
  enrolled: readonly EnrolledCourse[];
  options: readonly CourseOption[];
}) {
  const [enrolState, enrol] = useActionState(enrolStudentAction, IDLE);
  const [unenrolState, unenrol] = useActionState(unenrolStudentAction, IDLE);
  const [lastUsed, setLastUsed] = useState<"enrol" | "unenrol">("enrol");
  const state = visibleState(lastUsed === "enrol" ? enrolState : unenrolState, revision);
  return (
    <div className="space-y-4">
      {enrolled.length === 0 ? (
        <p className="text-sm text-muted">Not enrolled in any course yet.</p>
      ) : (
        <ul aria-label="Enrolled courses" className="divide-y divide-border rounded-md border border-border">
          {enrolled.map((course) => (
            <li key={course.courseId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span className="text-sm font-medium">{course.title}</span>
              <form action={unenrol} onSubmit={() => setLastUsed("unenrol")}>
                <input type="hidden" name="studentId" value={studentId} />
                <input type="hidden" name="expectedRevision" value={revision} />
                <input type="hidden" name="courseId" value={course.courseId} />
                <SubmitButton
                  variant="secondary"
                  pendingLabel={`Unenrolling from ${course.title}…`}
                  ariaLabel={`Unenrol from ${course.title}`}
                >
                  Unenrol
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <EnrolForm
        studentId={studentId}
        revision={revision}
        enrolledIn={enrolled.length}
        options={options}
        action={enrol}
        error={state.status === "invalid" ? state.fieldErrors.courseId : undefined}
        onSubmit={() => setLastUsed("enrol")}
      />
      <FormStatus state={state} />
    </div>
  );
}
