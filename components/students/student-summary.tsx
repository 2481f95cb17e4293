/** A student's details and courses as a description list; used for the current state and for replays. */
import { formatCalendarDate } from "@/components/ui/format";
import { courseTitle } from "@/lib/domain/courses";
import type { RegisteredStudent } from "@/lib/domain/student/state";

export function StudentSummary({ student, label }: { student: RegisteredStudent; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="font-medium text-muted">Name</dt>
      <dd className="break-words">{student.fullName}</dd>
      <dt className="font-medium text-muted">Email</dt>
      <dd className="break-all">{student.email}</dd>
      <dt className="font-medium text-muted">Date of birth</dt>
      <dd>
        <time dateTime={student.dateOfBirth}>{formatCalendarDate(student.dateOfBirth)}</time>
      </dd>
      <dt className="font-medium text-muted">Courses</dt>
      <dd>{student.courses.length === 0 ? "None" : student.courses.map(courseTitle).join(", ")}</dd>
    </dl>
  );
}
