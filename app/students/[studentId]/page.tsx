import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CoursesPanel } from "@/components/students/courses-panel";
import { StudentHistory } from "@/components/students/student-history";
import { StudentSummary } from "@/components/students/student-summary";
import { card, textLink } from "@/components/ui/styles";
import { UpdateDetailsForm } from "@/components/students/update-details-form";
import { courseTitle } from "@/lib/domain/courses";
import { courseOptionsFor } from "@/lib/students/course-options";
import { loadStudentHistory } from "@/lib/students/student-history";
import { isStudentId } from "@/lib/students/student-input-schemas";
import { currentViewer } from "@/lib/classroom/viewer";
import { localStreamId } from "@/lib/domain/sandbox";
import { app } from "@/lib/server/app";

type Props = { params: Promise<{ studentId: string }> };

/** One read of the stream per request, shared by the metadata and the page. */
const registeredStudent = cache(async (studentId: string) => {
  if (!isStudentId(studentId)) return undefined;
  // Only the viewer's sandbox is looked in: another learner's student id is "not found" here.
  const { sandbox } = await currentViewer(app());
  const history = await loadStudentHistory(app().store, sandbox, studentId);
  if (!history || history.state.status !== "registered") return undefined;
  return { ...history, sandbox, state: history.state };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const student = await registeredStudent((await params).studentId);
  return { title: student ? student.state.fullName : "Student not found" };
}

export default async function StudentPage({ params }: Props) {
  const { studentId } = await params;
  const student = await registeredStudent(studentId);
  if (!student) notFound();
  const { state, revision, events, streamId, unreadable, sandbox } = student;
  const options = await courseOptionsFor(app().readModel, sandbox, state.courses);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/students" className={`text-sm ${textLink}`}>
          ← All students
        </Link>
        <h1 className="text-2xl font-semibold break-words">{state.fullName}</h1>
        <p className="text-sm text-muted">
          Stream <code className="font-mono">{localStreamId(streamId)}</code> at revision{" "}
          <span data-testid="stream-revision">{revision}</span>
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <section aria-labelledby="current-heading" className={card}>
            <h2 id="current-heading" className="mb-3 text-lg font-semibold">
              Current state
            </h2>
            <StudentSummary student={state} label="Current state" />
          </section>
          <section aria-labelledby="courses-heading" className={card}>
            <h2 id="courses-heading" className="mb-3 text-lg font-semibold">
              Courses
            </h2>
            <CoursesPanel
              studentId={state.studentId}
              revision={revision}
              enrolled={state.courses.map((courseId) => ({ courseId, title: courseTitle(courseId) }))}
              options={options}
            />
          </section>
          <section aria-labelledby="details-heading" className={card}>
            <h2 id="details-heading" className="mb-3 text-lg font-semibold">
              Edit details
            </h2>
            <UpdateDetailsForm
              studentId={state.studentId}
              revision={revision}
              fullName={state.fullName}
              email={state.email}
            />
          </section>
        </div>
        <section aria-labelledby="history-heading" className={card}>
          <h2 id="history-heading" className="text-lg font-semibold">
            Event stream
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted">
            The events exactly as the event store holds them. The state on this page is nothing but these events folded
            in order; move the slider to fold fewer of them.
          </p>
          {unreadable.length > 0 && (
            <div role="note" className="mb-4 rounded-md bg-warn-surface p-3 text-sm text-warn">
              <p>
                {unreadable.length === 1 ? "One event" : `${unreadable.length} events`} could not be read as a student
                event and {unreadable.length === 1 ? "is" : "are"} left out of the state, here and in the read model:
              </p>
              <ul className="mt-1 list-disc pl-5 break-words">
                {unreadable.map((u) => (
                  <li key={u.revision}>
                    revision {u.revision}: {u.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <StudentHistory events={events} />
        </section>
      </div>
    </div>
  );
}
