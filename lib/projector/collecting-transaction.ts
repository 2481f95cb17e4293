/**
 * A ProjectionTransaction held in memory: the rebuild runs the very same applyCommits over every event into
 * this, then writes the result to MySQL in large batches. Course counts follow the SQL version's rule: a
 * course has a row while at least one student is enrolled.
 */
import { studentStreamId } from "@/lib/domain/student/stream-id";
import type { StudentDocument } from "@/lib/domain/student/student-document";
import type { CollectedReadModel, ProjectionTransaction } from "@/lib/read-model/projection-port";

export function createCollectingTransaction(): { tx: ProjectionTransaction; collected: CollectedReadModel } {
  const collected: CollectedReadModel = {
    students: new Map(),
    checkpoints: new Map(),
    courseCounts: new Map(),
    log: [],
  };
  const tx: ProjectionTransaction = {
    async checkpoints(streamIds) {
      return new Map(streamIds.map((id) => [id, collected.checkpoints.get(id) ?? 0]));
    },
    async loadStudents(streamIds) {
      return new Map(
        streamIds.flatMap((id) => (collected.students.has(id) ? [[id, collected.students.get(id)!] as const] : [])),
      );
    },
    async saveStudents(changes) {
      for (const [before, after] of changes) saveStudent(before, after);
    },
    async setCheckpoints(checkpoints) {
      for (const [streamId, revision] of checkpoints) collected.checkpoints.set(streamId, revision);
    },
    async logEvents(entries) {
      collected.log.push(...entries);
    },
  };
  function saveStudent(before: StudentDocument | undefined, after: StudentDocument) {
    collected.students.set(studentStreamId(after.studentId, after.sandbox), after);
    const counts = collected.courseCounts.get(after.sandbox) ?? new Map<string, number>();
    collected.courseCounts.set(after.sandbox, counts);
    const had = new Set(before?.enrolments.map((e) => e.courseId));
    const has = new Set(after.enrolments.map((e) => e.courseId));
    for (const courseId of had) {
      if (has.has(courseId)) continue;
      const left = (counts.get(courseId) ?? 0) - 1;
      if (left > 0) counts.set(courseId, left);
      else counts.delete(courseId);
    }
    for (const courseId of has) if (!had.has(courseId)) counts.set(courseId, (counts.get(courseId) ?? 0) + 1);
  }
  return { tx, collected };
}
