"use client";

/**
 * The MySQL read model beside the timeline: recently changed students with their enrolments, seats per course,
 * and the projector's checkpoints. Rows the selected event changed are highlighted; a row can be selected.
 */
import { useMemo } from "react";
import { CoursesTable } from "@/components/read-model/courses-table";
import { SelectionSummary } from "@/components/read-model/selection-summary";
import { StudentsTable } from "@/components/read-model/students-table";
import { useReadModel } from "@/components/read-model/use-read-model";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/timeline/relative-time";
import { useTimeline } from "@/components/timeline/timeline-provider";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { courseRowKey, enrolmentRowKey, studentRowKey } from "@/lib/timeline/row-keys";
import type { ReadModelOverview } from "@/lib/timeline/wire-types";

export function ReadModelPanel({ initial }: { initial: ReadModelOverview | undefined }) {
  const { selectedEvent, selectedRow, selectRow, projections, projectedTick } = useTimeline();
  const include = selectedEvent ? studentIdOfStream(selectedEvent.streamId) : undefined;
  const { overview, error, setPage } = useReadModel(initial, include, projectedTick);

  const changed = selectedEvent ? projections[selectedEvent.id] : undefined;
  const highlighted = useMemo(() => new Set(changed?.status === "applied" ? changed.changedRows : []), [changed]);
  const visibleRows = useMemo(() => {
    const keys = new Set<string>();
    const { students, courses } = overview ?? { students: undefined, courses: [] };
    for (const student of [...(students?.rows ?? []), ...(students?.pinned ? [students.pinned] : [])]) {
      keys.add(studentRowKey(student.studentId));
      for (const courseId of student.courseIds) keys.add(enrolmentRowKey(student.studentId, courseId));
    }
    for (const course of courses) if (course.taken > 0) keys.add(courseRowKey(course.courseId));
    return keys;
  }, [overview]);

  return (
    <section aria-labelledby="read-model-heading" className="space-y-3">
      <div>
        <h2 id="read-model-heading" className="text-lg font-semibold">
          MySQL read model
        </h2>
        <p className="text-xs text-muted">What the projector has made of the events so far.</p>
      </div>
      <div aria-live="polite">
        <SelectionSummary visibleRows={visibleRows} />
      </div>
      <div aria-live="polite" className="text-sm text-bad empty:hidden">
        {error}
      </div>
      {!overview ? (
        <div aria-busy="true" className="space-y-2">
          <p className="sr-only">Loading the read model…</p>
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="h-9 animate-pulse rounded bg-background" />
          ))}
        </div>
      ) : (
        <>
          <StudentsTable
            students={overview.students}
            highlighted={highlighted}
            selectedRow={selectedRow?.row}
            onSelectRow={selectRow}
            onPage={setPage}
          />
          <h3 className="pt-1 text-sm font-semibold">Courses</h3>
          <CoursesTable
            courses={overview.courses}
            highlighted={highlighted}
            selectedRow={selectedRow?.row}
            onSelectRow={selectRow}
          />
          <p className="text-xs text-muted" data-testid="checkpoints">
            Checkpoints: {formatCount(overview.checkpoints.streams)} stream
            {overview.checkpoints.streams === 1 ? "" : "s"}, {formatCount(overview.checkpoints.revisions)} events in
            effect
            {overview.checkpoints.lastUpdatedAt ? (
              <>
                , last moved <RelativeTime iso={overview.checkpoints.lastUpdatedAt} />
              </>
            ) : null}
            .
          </p>
        </>
      )}
    </section>
  );
}
