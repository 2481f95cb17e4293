/**
 * The student command handlers: one per command. They take input already checked by the web layer's
 * schemas (decide checks it again: the rules live in the domain), supply what the pure domain cannot know
 * (the time, new ids, the seat count), and return a StudentCommandResult.
 */
import "server-only";
import { seatsTaken } from "@/lib/read-model/student-queries";
import type { StudentCommandResult } from "@/lib/students/command-result";
import { runStudentCommand, type CommandContext } from "@/lib/students/run-student-command";

export async function registerStudent(
  input: { fullName: string; email: string; dateOfBirth: string },
  context: Omit<CommandContext, "expectedRevision"> = {},
): Promise<StudentCommandResult> {
  const studentId = crypto.randomUUID();
  // Expected revision 0: the stream must not exist yet, so a registration can never land on another student.
  return runStudentCommand(
    { type: "RegisterStudent", data: { studentId, ...input } },
    { ...context, expectedRevision: 0 },
    { now: new Date() },
  );
}

export async function updateStudentDetails(
  input: { studentId: string; fullName: string; email: string },
  context: CommandContext = {},
): Promise<StudentCommandResult> {
  return runStudentCommand({ type: "UpdateStudentDetails", data: input }, context, { now: new Date() });
}

export async function enrolStudent(
  input: { studentId: string; courseId: string },
  context: CommandContext = {},
): Promise<StudentCommandResult> {
  const seats = await seatsTakenIfKnown(input.courseId);
  return runStudentCommand({ type: "EnrolStudent", data: input }, context, { now: new Date(), seatsTaken: seats });
}

export async function unenrolStudent(
  input: { studentId: string; courseId: string },
  context: CommandContext = {},
): Promise<StudentCommandResult> {
  return runStudentCommand({ type: "UnenrolStudent", data: input }, context, { now: new Date() });
}

/** undefined when the read model cannot answer: decide then refuses with seat_count_unavailable rather than guess. */
async function seatsTakenIfKnown(courseId: string): Promise<number | undefined> {
  try {
    return await seatsTaken(courseId);
  } catch (error) {
    console.error(`could not read the seats taken in ${courseId}`, error);
    return undefined;
  }
}
