/**
 * The per-record logic of the projector, free of any transport: given commits (from DynamoDB Stream records,
 * a Lambda event, or the inline projection), bring the read model up to each commit's last revision inside
 * ONE read-model transaction that also moves the per-stream checkpoint. Exactly once in effect:
 * - a revision at or below the stream's checkpoint is skipped (duplicates, re-deliveries, replays);
 * - a jump past checkpoint + 1 is a gap: the missing events are read from the event store first;
 * - the checkpoint and the rows change in the same transaction, so a crash leaves both or neither.
 */
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import type { StudentDocument } from "@/lib/domain/student/student-document";
import type { ProjectedEventLog, ProjectionTransaction } from "@/lib/read-model/projection-port";
import { projectStudent } from "@/lib/projector/student-projection";

export interface CommitToProject {
  streamId: string;
  /** Consecutive events of one stream, in revision order. */
  events: RecordedEvent[];
}

export interface ApplyResult {
  applied: number;
  skipped: number;
  duplicates: number;
  gapsFilled: number;
}

const lacks = (doc: StudentDocument | undefined, courseId: string) =>
  !doc?.enrolments.some((e) => e.courseId === courseId);

/** Rows an event changed, for the timeline's event ↔ row link: courses left (in order), then courses joined. */
function rowsChanged(
  before: StudentDocument | undefined,
  after: StudentDocument | undefined,
  studentId: string,
): string[] {
  const rows = after || before ? [`students/${studentId}`] : [];
  if (before?.enrolments === after?.enrolments) return rows;
  for (const { courseId } of before?.enrolments ?? [])
    if (lacks(after, courseId)) rows.push(`enrolments/${studentId}/${courseId}`, `courses/${courseId}`);
  for (const { courseId } of after?.enrolments ?? [])
    if (lacks(before, courseId)) rows.push(`enrolments/${studentId}/${courseId}`, `courses/${courseId}`);
  return rows;
}

export async function applyCommits(
  tx: ProjectionTransaction,
  store: EventStore,
  commits: readonly CommitToProject[],
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, skipped: 0, duplicates: 0, gapsFilled: 0 };
  const byStream = new Map<string, RecordedEvent[]>();
  for (const commit of commits) {
    const events = byStream.get(commit.streamId);
    if (events) events.push(...commit.events);
    else byStream.set(commit.streamId, [...commit.events]);
  }
  const streamIds = [...byStream.keys()];
  const checkpoints = await tx.checkpoints(streamIds);
  const students = await tx.loadStudents(streamIds.filter((id) => studentIdOfStream(id) !== undefined));
  const log: ProjectedEventLog[] = [];
  const changed: [StudentDocument | undefined, StudentDocument][] = [];
  const reached = new Map<string, number>();

  for (const streamId of streamIds) {
    const studentId = studentIdOfStream(streamId);
    const checkpoint = checkpoints.get(streamId) ?? 0;
    const incoming = byStream.get(streamId)!;
    const fresh = incoming.filter((e) => e.revision > checkpoint).sort((a, b) => a.revision - b.revision);
    result.duplicates += incoming.length - fresh.length;
    if (fresh.length === 0) continue;
    const first = fresh[0]!.revision;
    if (first > checkpoint + 1) {
      const gap = await readStreamEvents(store, streamId, { fromRevision: checkpoint + 1, toRevision: first - 1 });
      result.gapsFilled += gap.length;
      fresh.unshift(...gap);
    }
    const before = studentId ? students.get(streamId) : undefined;
    let document = before;
    let revision = checkpoint;
    for (const event of fresh) {
      if (event.revision !== revision + 1) continue; // a duplicate within the batch
      revision = event.revision;
      if (!studentId) {
        log.push({ event, status: "skipped", reason: "not a student stream", rows: [] });
        result.skipped += 1;
        continue;
      }
      const outcome = projectStudent(document, event);
      if (outcome.status === "skipped") {
        log.push({ event, status: "skipped", reason: outcome.reason, rows: [] });
        result.skipped += 1;
        continue;
      }
      log.push({ event, status: "applied", rows: rowsChanged(document, outcome.document, studentId) });
      document = outcome.document;
      result.applied += 1;
    }
    if (studentId && document && document !== before) changed.push([before, document]);
    if (studentId && document) students.set(streamId, document);
    reached.set(streamId, revision);
  }
  await tx.saveStudents(changed);
  await tx.setCheckpoints(reached);
  await tx.logEvents(log);
  return result;
}
