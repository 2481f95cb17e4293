/**
 * The student command handlers, one per command. Each takes input already checked by the web layer's schemas
 * (decide checks it again: the rules live in the domain), supplies what the pure domain cannot know (the time,
 * new ids, the seat count), then loads and folds the stream, decides, appends with the revision the user saw as
 * the expected revision, and projects inline when configured. Every outcome is a StudentCommandResult value:
 * event-store failures are caught here, so callers never need a try/catch.
 */
import "server-only";
import type { StudentCommand } from "@/lib/domain/student/commands";
import { decide, type DecideContext } from "@/lib/domain/student/decide";
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { handleCommand } from "@/lib/event-store/aggregate";
import { StreamClosedError, WrongExpectedRevisionError } from "@/lib/event-store/errors";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore } from "@/lib/event-store/types";
import type { InlineProjection } from "@/lib/projector/inline-projection";
import type { ReadModel } from "@/lib/read-model/client";
import { seatsTaken } from "@/lib/read-model/student-queries";
import { commandMetadata } from "@/lib/students/command-metadata";
import type { StudentCommandResult } from "@/lib/students/command-result";
import { studentAggregate } from "@/lib/students/student-aggregate";

/** What the handlers work on; the app passes its own (lib/server/app.ts), tests pass theirs. */
export interface CommandDeps {
  store: EventStore;
  readModel: ReadModel;
  projectInline: InlineProjection;
}

export interface CommandContext {
  /** The sandbox the command works in (lib/domain/sandbox.ts): the viewer's, never one named by the input. */
  sandbox: string;
  /** One per user action; a new UUID when missing. */
  correlationId?: string;
  /** The revision the user saw. A stream that has moved past it makes the command a conflict. */
  expectedRevision?: number;
}

export async function registerStudent(
  deps: CommandDeps,
  input: { fullName: string; email: string; dateOfBirth: string },
  context: Omit<CommandContext, "expectedRevision">,
): Promise<StudentCommandResult> {
  const studentId = crypto.randomUUID();
  // Expected revision 0: the stream must not exist yet, so a registration can never land on another student.
  return run(deps, { type: "RegisterStudent", data: { studentId, ...input } }, { ...context, expectedRevision: 0 });
}

export async function updateStudentDetails(
  deps: CommandDeps,
  input: { studentId: string; fullName: string; email: string },
  context: CommandContext,
): Promise<StudentCommandResult> {
  return run(deps, { type: "UpdateStudentDetails", data: input }, context);
}

export async function enrolStudent(
  deps: CommandDeps,
  input: { studentId: string; courseId: string },
  context: CommandContext,
): Promise<StudentCommandResult> {
  const seats = await seatsTakenIfKnown(deps.readModel, context.sandbox, input.courseId);
  return run(deps, { type: "EnrolStudent", data: input }, context, { seatsTaken: seats });
}

export async function unenrolStudent(
  deps: CommandDeps,
  input: { studentId: string; courseId: string },
  context: CommandContext,
): Promise<StudentCommandResult> {
  return run(deps, { type: "UnenrolStudent", data: input }, context);
}

/** undefined when the read model cannot answer: decide then refuses with seat_count_unavailable rather than guess. */
async function seatsTakenIfKnown(readModel: ReadModel, sandbox: string, courseId: string): Promise<number | undefined> {
  try {
    return await seatsTaken(readModel, sandbox, courseId);
  } catch (error) {
    console.error(`could not read the seats taken in ${courseId}`, error);
    return undefined;
  }
}

/** The one path of every command: load, fold, decide, append, project inline; each outcome a value. */
async function run(
  deps: CommandDeps,
  command: StudentCommand,
  context: CommandContext,
  decideContext: Omit<DecideContext, "now"> = {},
): Promise<StudentCommandResult> {
  const { studentId } = command.data;
  const streamId = studentStreamId(studentId, context.sandbox);
  const metadata = commandMetadata(command.type, context.correlationId);
  const now = new Date();
  try {
    const outcome = await handleCommand(
      deps.store,
      streamId,
      studentAggregate,
      (state) => decide(command, state, { ...decideContext, now }),
      { metadata, expectedRevision: context.expectedRevision },
    );
    if (!outcome.ok) return { status: "rejected", error: outcome.error, revision: outcome.revision };
    // With INLINE_PROJECTION on, the read model learns of the change before the user sees the answer; it
    // never throws (a failure only leaves the view to the background projector), and is a no-op when off.
    if (outcome.appended && !outcome.appended.alreadyStored)
      await deps.projectInline(streamId, outcome.appended.events);
    return {
      status: "ok",
      studentId,
      revision: outcome.revision,
      eventsAppended: outcome.events.length,
      correlationId: metadata.correlationId,
    };
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) {
      const expected = typeof error.expected === "number" ? error.expected : 0;
      const actual = error.actual === "no_stream" ? 0 : error.actual;
      return {
        status: "conflict",
        expected,
        actual,
        otherChanges: await changesSince(deps.store, streamId, expected, actual),
      };
    }
    if (error instanceof StreamClosedError) {
      return { status: "error", message: "This student's history is closed and accepts no more changes" };
    }
    // Anything else is a fault (store down, damaged event): logged in full, shown to the user only in general terms.
    console.error(`${command.type} on ${streamId} failed`, error);
    return { status: "error", message: "The change could not be saved. Please try again in a moment." };
  }
}

const CHANGES_SHOWN = 5;

/** The events a conflicting writer appended, described for the user; never fails the answer it explains. */
async function changesSince(store: EventStore, streamId: string, expected: number, actual: number): Promise<string[]> {
  const fromRevision = Math.max(expected + 1, actual - CHANGES_SHOWN + 1);
  const events = await readStreamEvents(store, streamId, { fromRevision, toRevision: actual }).catch(() => []);
  return events.map((event) => {
    const read = readRecordedStudentEvent(event);
    return `revision ${event.revision}: ${read.ok ? describeStudentEvent(read.event) : event.type}`;
  });
}
