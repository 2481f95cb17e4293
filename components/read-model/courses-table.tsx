"use client";

/** course_enrolment_counts beside the catalogue's capacities: seats taken out of seats offered. */
import { RowButton, rowTone } from "@/components/read-model/row-button";
import { courseTitle } from "@/lib/domain/courses";
import { courseRowKey } from "@/lib/timeline/row-keys";
import type { CourseSeats } from "@/lib/timeline/wire-types";

export function CoursesTable({
  courses,
  highlighted,
  selectedRow,
  onSelectRow,
}: {
  courses: readonly CourseSeats[];
  highlighted: ReadonlySet<string>;
  selectedRow: string | undefined;
  onSelectRow(row: string | undefined): void;
}) {
  return (
    <ul
      aria-label="Courses: seats taken of capacity"
      className="divide-y divide-border rounded-md border border-border"
    >
      {courses.map((course) => {
        const key = courseRowKey(course.courseId);
        const share = course.capacity ? Math.min(1, course.taken / course.capacity) : 0;
        const full = course.capacity !== undefined && course.taken >= course.capacity;
        return (
          <li
            key={course.courseId}
            data-testid="read-model-row"
            data-row={key}
            data-highlighted={highlighted.has(key)}
            className={`grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 px-3 py-1.5 text-sm ${rowTone(highlighted.has(key), selectedRow === key)}`}
          >
            <RowButton row={key} selected={selectedRow === key} onSelect={onSelectRow} className="truncate">
              {courseTitle(course.courseId)}
            </RowButton>
            <span className={`text-xs tabular-nums ${full ? "font-semibold text-bad" : "text-muted"}`}>
              {course.taken} / {course.capacity ?? "?"} seats{course.taken === 0 ? " (no row)" : ""}
            </span>
            <span aria-hidden="true" className="col-span-2 h-1 overflow-hidden rounded-full bg-background">
              <span
                className={`block h-full rounded-full ${full ? "bg-bad" : "bg-accent"}`}
                style={{ width: `${Math.round(share * 100)}%` }}
              />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
