"use client";

/** students and enrolments rows, most recently changed first; the selected event's student is pinned on top. */
import { RowButton, rowTone } from "@/components/read-model/row-button";
import { formatCount } from "@/components/ui/format";
import { secondaryButton } from "@/components/ui/styles";
import { RelativeTime } from "@/components/timeline/relative-time";
import { courseTitle } from "@/lib/domain/courses";
import type { OverviewStudent, RecentStudentsPage } from "@/lib/read-model/timeline-queries";
import { enrolmentRowKey, studentRowKey } from "@/lib/timeline/row-keys";

export interface StudentsTableProps {
  students: RecentStudentsPage;
  highlighted: ReadonlySet<string>;
  selectedRow: string | undefined;
  onSelectRow(row: string | undefined): void;
  onPage(page: number): void;
}

export function StudentsTable({ students, highlighted, selectedRow, onSelectRow, onPage }: StudentsTableProps) {
  const { rows, pinned, total, page, pageSize } = students;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const row = (student: OverviewStudent, isPinned: boolean) => {
    const key = studentRowKey(student.studentId);
    return (
      <tr
        key={`${isPinned ? "pinned" : "row"}-${student.studentId}`}
        data-testid="read-model-row"
        data-row={key}
        data-highlighted={highlighted.has(key)}
        className={rowTone(highlighted.has(key), selectedRow === key)}
      >
        <th scope="row" className="px-3 py-2 text-left font-normal">
          <RowButton row={key} selected={selectedRow === key} onSelect={onSelectRow} className="font-medium">
            {student.fullName}
          </RowButton>
          <span className="block text-xs text-muted">
            {isPinned ? "selected event's student · " : ""}rev {student.revision} ·{" "}
            <RelativeTime iso={student.updatedAt} />
          </span>
        </th>
        <td className="px-3 py-2">
          {student.courseIds.length === 0 ? <span className="text-xs text-muted">none</span> : null}
          <ul aria-label={`Enrolments of ${student.fullName}`} className="flex flex-wrap gap-1">
            {student.courseIds.map((courseId) => {
              const enrolment = enrolmentRowKey(student.studentId, courseId);
              return (
                <li
                  key={courseId}
                  data-testid="read-model-row"
                  data-row={enrolment}
                  data-highlighted={highlighted.has(enrolment)}
                  className={`rounded px-1 ${rowTone(highlighted.has(enrolment), selectedRow === enrolment)}`}
                >
                  <RowButton
                    row={enrolment}
                    selected={selectedRow === enrolment}
                    onSelect={onSelectRow}
                    label={`Enrolment of ${student.fullName} in ${courseTitle(courseId)}`}
                    className="text-xs text-muted"
                  >
                    {courseTitle(courseId)}
                  </RowButton>
                </li>
              );
            })}
          </ul>
        </td>
        <td className="px-3 py-2 text-right tabular-nums">{formatCount(student.enrolmentCount)}</td>
      </tr>
    );
  };
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-md border border-border">
        <table className="w-full text-sm">
          <caption className="sr-only">students and their enrolments, most recently changed first</caption>
          <thead className="border-b border-border bg-background/60 text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Student
              </th>
              <th scope="col" className="px-3 py-2 text-left">
                Enrolments
              </th>
              <th scope="col" className="px-3 py-2 text-right" title="students.enrolment_count">
                Count
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {pinned ? row(pinned, true) : null}
            {rows.map((student) => row(student, false))}
            {rows.length === 0 && !pinned ? (
              <tr>
                <td colSpan={3} className="px-3 py-4 text-center text-sm text-muted">
                  No students in MySQL yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <nav aria-label="Student pages" className="flex items-center justify-between gap-2 text-xs text-muted">
        <span className="tabular-nums">
          {formatCount(first)}–{formatCount(Math.min(total, page * pageSize))} of {formatCount(total)}
        </span>
        <span className="flex gap-1">
          <button
            type="button"
            className={`${secondaryButton} px-2 py-0.5 text-xs`}
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            Newer
          </button>
          <button
            type="button"
            className={`${secondaryButton} px-2 py-0.5 text-xs`}
            disabled={page >= lastPage}
            onClick={() => onPage(page + 1)}
          >
            Older
          </button>
        </span>
      </nav>
    </div>
  );
}
