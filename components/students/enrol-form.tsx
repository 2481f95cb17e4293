"use client";
/** Picks a catalogue course the student is not in yet; each option says how many seats are left. */
import { SubmitButton } from "@/components/ui/submit-button";
import { inputBase, inputBorder } from "@/components/ui/styles";
import { MAX_COURSES_PER_STUDENT } from "@/lib/domain/courses";
import type { CourseOption } from "@/lib/students/course-options";

export function EnrolForm({
  studentId,
  revision,
  enrolledIn,
  options,
  action,
  error,
  onSubmit,
}: {
  studentId: string;
  revision: number;
  /** How many courses the student is in now. */
  enrolledIn: number;
  options: readonly CourseOption[];
  action: (formData: FormData) => void;
  error: string | undefined;
  onSubmit: () => void;
}) {
  if (options.length === 0) {
    return <p className="text-sm text-muted">Enrolled in every course of the catalogue.</p>;
  }
  if (enrolledIn >= MAX_COURSES_PER_STUDENT) {
    return (
      <p className="text-sm text-muted" data-testid="course-limit">
        Enrolled in {MAX_COURSES_PER_STUDENT} courses, the most a student may take: leave one to join another.
      </p>
    );
  }
  return (
    <form
      action={action}
      onSubmit={onSubmit}
      noValidate
      aria-label="Enrol in a course"
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="studentId" value={studentId} />
      <input type="hidden" name="expectedRevision" value={revision} />
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="enrol-course" className="block text-sm font-medium">
          Course
        </label>
        <select
          id="enrol-course"
          name="courseId"
          defaultValue=""
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "enrol-course-error" : undefined}
          className={`${inputBase} ${inputBorder(Boolean(error))}`}
        >
          <option value="">Choose a course</option>
          {options.map((option) => (
            <option key={option.courseId} value={option.courseId} disabled={isFull(option)}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
        {error && (
          <p id="enrol-course-error" className="text-sm text-bad">
            {error}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Enrolling…">Enrol</SubmitButton>
    </form>
  );
}

const isFull = (option: CourseOption) => option.seatsTaken !== undefined && option.seatsTaken >= option.capacity;

function optionLabel(option: CourseOption): string {
  if (option.seatsTaken === undefined) return option.title;
  const left = Math.max(0, option.capacity - option.seatsTaken);
  return left === 0 ? `${option.title} (full)` : `${option.title} (${left} of ${option.capacity} seats left)`;
}
