/**
 * A ProjectionTransaction held in memory: the rebuild runs the very same applyCommits over every event into
 * this, then writes the result to MySQL in large batches. Course counts follow the SQL version's rule: a
 * course has a row while at least one student is enrolled.
 */
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
    async loadStudents(studentIds) {
      return new Map(
        studentIds.flatMap((id) => (collected.students.has(id) ? [[id, collected.students.get(id)!] as const] : [])),
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
    collected.students.set(after.studentId, after);
    const had = new Set(before?.enrolments.map((e) => e.courseId));
    const has = new Set(after.enrolments.map((e) => e.courseId));
    for (const courseId of had) {
      if (has.has(courseId)) continue;
      const left = (collected.courseCounts.get(courseId) ?? 0) - 1;
      if (left > 0) collected.courseCounts.set(courseId, left);
      else collected.courseCounts.delete(courseId);
    }
    for (const courseId of has)
      if (!had.has(courseId)) collected.courseCounts.set(courseId, (collected.courseCounts.get(courseId) ?? 0) + 1);
  }
  return { tx, collected };
}
