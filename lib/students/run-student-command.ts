/**
 * Runs one student command against its stream: load and fold the stream, decide, append with the revision
 * the user saw as the expected revision, and project inline when configured. Event-store failures become
 * result values here, so callers never need a try/catch.
 */
import "server-only";
import type { StudentCommand } from "@/lib/domain/student/commands";
import { decide, type DecideContext } from "@/lib/domain/student/decide";
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { handleCommand } from "@/lib/event-store/aggregate";
import { StreamClosedError, WrongExpectedRevisionError } from "@/lib/event-store/errors";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { EventStore } from "@/lib/event-store/types";
import { projectInline } from "@/lib/projector/inline-projection";
import { eventStore } from "@/lib/server/event-store";
import { commandMetadata } from "@/lib/students/command-metadata";
import type { StudentCommandResult } from "@/lib/students/command-result";
import { studentAggregate } from "@/lib/students/student-aggregate";
import { studentStreamId } from "@/lib/domain/student/stream-id";

export interface CommandContext {
  /** One per user action; a new UUID when missing. */
  correlationId?: string;
  /** The revision the user saw. A stream that has moved past it makes the command a conflict. */
  expectedRevision?: number;
  /** Defaults to the app's configured event store. */
  store?: EventStore;
}

export async function runStudentCommand(
  command: StudentCommand,
  context: CommandContext,
  decideContext: DecideContext,
): Promise<StudentCommandResult> {
  const store = context.store ?? eventStore();
  const { studentId } = command.data;
  const streamId = studentStreamId(studentId);
  const metadata = commandMetadata(command.type, context.correlationId);
  try {
    const outcome = await handleCommand(
      store,
      streamId,
      studentAggregate,
      (state) => decide(command, state, decideContext),
      {
        metadata,
        expectedRevision: context.expectedRevision,
      },
    );
    if (!outcome.ok) return { status: "rejected", error: outcome.error, revision: outcome.revision };
    // With INLINE_PROJECTION on, the read model learns of the change before the user sees the answer; it
    // never throws (a failure only leaves the view to the background projector), and is a no-op when off.
    if (outcome.appended && !outcome.appended.alreadyStored) await projectInline(streamId, outcome.appended.events);
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
        otherChanges: await changesSince(store, streamId, expected, actual),
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
