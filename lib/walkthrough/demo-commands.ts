/**
 * The real commands behind the walkthrough's "Do it" buttons. Each goes through the students command handlers
 * (load, decide, append with the expected revision, correlation metadata), so what the walkthrough stores is
 * exactly what the students pages would store.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { COURSES, MAX_COURSES_PER_STUDENT } from "@/lib/domain/courses";
import { listCourseCounts } from "@/lib/read-model/student-queries";
import type { StudentCommandResult } from "@/lib/students/command-result";
import { enrolStudent, registerStudent, updateStudentDetails, type CommandDeps } from "@/lib/students/student-commands";
import { loadStudentHistory } from "@/lib/students/student-history";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { demoPerson, taggedEmail } from "@/lib/walkthrough/demo-values";

/** The app's command deps, in the sandbox of whoever pressed the button. */
export type DemoDeps = CommandDeps & { sandbox: string };

const notFound: StudentCommandResult = { status: "error", message: "This student does not exist; register one first." };

export async function registerDemoStudent(deps: DemoDeps): Promise<StudentCommandResult> {
  const tag = randomBytes(3).toString("hex");
  return registerStudent(deps, demoPerson(randomBytes(1)[0] ?? 0, tag), { sandbox: deps.sandbox });
}

/** A new email address (the next "+N" tag), decided on the revision the user saw when one is given. */
export async function changeDemoDetails(
  deps: DemoDeps,
  studentId: string,
  expectedRevision?: number,
  email?: string,
): Promise<StudentCommandResult> {
  const history = await loadStudentHistory(deps.store, deps.sandbox, studentId);
  if (!history || history.state.status !== "registered") return notFound;
  const { fullName } = history.state;
  const next = email ?? taggedEmail(history.state.email, history.revision + 1);
  return updateStudentDetails(deps, { studentId, fullName, email: next }, { sandbox: deps.sandbox, expectedRevision });
}

/**
 * Enrols the student in the course with the most free seats that they have not joined; a student already in
 * as many courses as a student may take (or facing a full catalogue) gets a new email address instead, so the
 * button always appends.
 */
export async function enrolDemoStudent(
  deps: DemoDeps,
  studentId: string,
): Promise<{ result: StudentCommandResult; what: string }> {
  const history = await loadStudentHistory(deps.store, deps.sandbox, studentId);
  if (!history || history.state.status !== "registered") return { result: notFound, what: "" };
  const enrolled = history.state.courses;
  if (enrolled.length >= MAX_COURSES_PER_STUDENT)
    return { result: await changeDemoDetails(deps, studentId), what: "a new email address" };
  const taken = new Map(
    (await listCourseCounts(deps.readModel, deps.sandbox)).map((row) => [row.courseId, row.enrolled]),
  );
  const [course] = COURSES.filter((c) => !enrolled.includes(c.id) && (taken.get(c.id) ?? 0) < c.capacity).sort(
    (a, b) => b.capacity - (taken.get(b.id) ?? 0) - (a.capacity - (taken.get(a.id) ?? 0)),
  );
  if (!course) return { result: await changeDemoDetails(deps, studentId), what: "a new email address" };
  return {
    result: await enrolStudent(
      deps,
      { studentId, courseId: course.id },
      { sandbox: deps.sandbox, expectedRevision: history.revision },
    ),
    what: course.title,
  };
}

/** The inline contrast: append, then apply the new event to MySQL before answering, whatever the projector does. */
export async function changeDetailsAndProjectInline(
  deps: DemoDeps,
  studentId: string,
): Promise<{ result: StudentCommandResult; projected: boolean }> {
  const result = await changeDemoDetails(deps, studentId);
  if (result.status !== "ok" || result.eventsAppended === 0) return { result, projected: false };
  const streamId = studentStreamId(studentId, deps.sandbox);
  const from = result.revision - result.eventsAppended + 1;
  const { events } = await deps.store.readStream(streamId, { fromRevision: from, maxCount: result.eventsAppended });
  return { result, projected: await deps.projectInline(streamId, events, { force: true }) };
}
