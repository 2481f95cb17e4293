/**
 * The student command handlers, one per command. Each takes input already checked by the web layer's schemas
 * (decide checks it again: the rules live in the domain), supplies what the pure domain cannot know (the time,
 * new ids, the seat count), then loads and folds the stream, decides, appends with the revision the user saw as
 * the expected revision, and projects inline when configured. Every outcome is a StudentCommandResult value:
 * event-store failures are caught here, so callers never need a try/catch.
 */
import "server-only";
import type { Course } from "@/lib/domain/courses";
import { courseTag, studentEventTags } from "@/lib/domain/course-seats";
import type { StudentCommand } from "@/lib/domain/student/commands";
import { decide, type DecideContext } from "@/lib/domain/student/decide";
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { handleCommand } from "@/lib/event-store/aggregate";
import { AppendConditionFailedError, StreamClosedError, WrongExpectedRevisionError } from "@/lib/event-store/errors";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { AppendCondition, EventStore } from "@/lib/event-store/types";
import type { InlineProjection } from "@/lib/projector/inline-projection";
import type { ReadModel } from "@/lib/read-model/client";
import { commandMetadata } from "@/lib/students/command-metadata";
import type { StudentCommandResult } from "@/lib/students/command-result";
import { readCourseSeats, type SeatMemory } from "@/lib/students/course-seats";
import type { KeyedQueue } from "@/lib/students/keyed-queue";
import { studentAggregate } from "@/lib/students/student-aggregate";

/** What the handlers work on; the app passes its own (lib/server/app.ts), tests pass theirs. */
export interface CommandDeps {
  store: EventStore;
  readModel: ReadModel;
  projectInline: InlineProjection;
  /**
   * Queues enrolments per course in this process (the app passes one): without it, concurrent enrolments in a
   * course race on the append condition and retry; with it, only enrolments from other processes do.
   */
  courseQueue?: KeyedQueue;
  /** What this process last folded of each course's seats, so a decision reads only what is new. */
  seatMemory?: SeatMemory;
  /** The courses enrolments are decided against; COURSES when absent (the benchmark passes bigger ones). */
  catalogue?: readonly Course[];
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
  return (await enrolWithinCapacity(deps, input, context)).result;
}

export interface EnrolmentOutcome {
  result: StudentCommandResult;
  /** Appends refused because another enrolment or unenrolment in the course landed between read and append. */
  conflicts: number;
}

/** How long an enrolment keeps retrying after conflicts before it answers "busy" (never reached in our tests). */
const BOUNDARY_PATIENCE_MS = 10_000;

/**
 * An enrolment decided on the course's seat events: read them (consistent), decide, append on the condition
 * that none came since; on a conflict, read again and decide again: the seat it saw may be gone, or freed.
 */
export async function enrolWithinCapacity(
  deps: CommandDeps,
  input: { studentId: string; courseId: string },
  context: CommandContext,
): Promise<EnrolmentOutcome> {
  const attempt = async (): Promise<EnrolmentOutcome> => {
    const giveUpAt = Date.now() + BOUNDARY_PATIENCE_MS;
    for (let conflicts = 0; ; conflicts += 1) {
      let seats;
      try {
        seats = await readCourseSeats(deps.store, input.courseId, context.sandbox, deps.seatMemory);
      } catch (error) {
        console.error(`could not read the seats of ${input.courseId}`, error);
        return { result: { status: "error", message: SAVE_FAILED }, conflicts };
      }
      const decideContext = { seatsTaken: seats.holders.length, catalogue: deps.catalogue };
      try {
        return {
          result: await run(deps, { type: "EnrolStudent", data: input }, context, decideContext, seats.condition),
          conflicts,
        };
      } catch (error) {
        if (!(error instanceof AppendConditionFailedError)) throw error;
        if (Date.now() > giveUpAt)
          return {
            result: { status: "error", message: "The course is busy right now. Please try again." },
            conflicts: conflicts + 1,
          };
        await pauseAfterConflict(conflicts);
      }
    }
  };
  return deps.courseQueue ? deps.courseQueue.run(courseTag(input.courseId, context.sandbox), attempt) : attempt();
}

/**
 * A random pause up to a ceiling that doubles with each conflict ("full jitter"), so writers racing for one
 * course spread out instead of meeting again at once: the more crowded the course, the wider they spread.
 */
function pauseAfterConflict(conflicts: number): Promise<void> {
  const ceiling = Math.min(5 * 2 ** conflicts, 1_000);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/**
 * The enrolment as it was before the boundary: decided on a seat count the caller read (the read model's), and
 * appended with no condition. Only walkthrough step 10's race uses it, to show what that check lets through.
 */
export async function enrolAgainstSeatCount(
  deps: CommandDeps,
  input: { studentId: string; courseId: string },
  context: CommandContext,
  seatsTaken: number,
): Promise<StudentCommandResult> {
  return run(deps, { type: "EnrolStudent", data: input }, context, { seatsTaken, catalogue: deps.catalogue });
}

export async function unenrolStudent(
  deps: CommandDeps,
  input: { studentId: string; courseId: string },
  context: CommandContext,
): Promise<StudentCommandResult> {
  return run(deps, { type: "UnenrolStudent", data: input }, context);
}

const SAVE_FAILED = "The change could not be saved. Please try again in a moment.";

/**
 * The one path of every command: load, fold, decide, append (with each event's tags, and the condition when
 * given), project inline; each outcome a value, except a failed condition, thrown for the caller to retry.
 */
async function run(
  deps: CommandDeps,
  command: StudentCommand,
  context: CommandContext,
  decideContext: Omit<DecideContext, "now"> = {},
  condition?: AppendCondition,
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
      {
        metadata,
        expectedRevision: context.expectedRevision,
        tagsOf: (event) => studentEventTags(event, context.sandbox),
        condition,
      },
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
    if (error instanceof AppendConditionFailedError) throw error;
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
    return { status: "error", message: SAVE_FAILED };
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
