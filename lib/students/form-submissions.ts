/**
 * What each student form does on the server, minus the framework calls: read and validate the form (before
 * anything is loaded), run the command handler, and map its result to an ActionState. The server actions in
 * app/students wrap these with revalidatePath/redirect; tests call these directly.
 */
import "server-only";
import { courseTitle } from "@/lib/domain/courses";
import { fromCommandResult, invalid, type ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/parse-form";
import {
  enrolStudent,
  registerStudent,
  unenrolStudent,
  updateStudentDetails,
  type CommandContext,
  type CommandDeps,
} from "@/lib/students/student-commands";
import {
  enrolmentSchema,
  registerStudentSchema,
  updateStudentDetailsSchema,
} from "@/lib/students/student-input-schemas";

/** The viewer's sandbox, and (tests only) a correlation id. */
export type SubmitContext = Pick<CommandContext, "sandbox" | "correlationId">;

export async function submitRegistration(
  deps: CommandDeps,
  formData: FormData,
  context: SubmitContext,
): Promise<ActionState> {
  const parsed = parseForm(registerStudentSchema(new Date()), formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const result = await registerStudent(deps, parsed.value, context);
  return fromCommandResult(result, () => "Student registered");
}

export async function submitDetailsUpdate(
  deps: CommandDeps,
  formData: FormData,
  context: SubmitContext,
): Promise<ActionState> {
  const parsed = parseForm(updateStudentDetailsSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { expectedRevision, ...input } = parsed.value;
  const result = await updateStudentDetails(deps, input, { ...context, expectedRevision });
  return fromCommandResult(result, ({ eventsAppended }) => (eventsAppended > 0 ? "Details saved" : "Nothing changed"));
}

export async function submitEnrolment(
  deps: CommandDeps,
  formData: FormData,
  context: SubmitContext,
): Promise<ActionState> {
  const parsed = parseForm(enrolmentSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { expectedRevision, ...input } = parsed.value;
  const result = await enrolStudent(deps, input, { ...context, expectedRevision });
  return fromCommandResult(result, () => `Enrolled in ${courseTitle(input.courseId)}`);
}

export async function submitUnenrolment(
  deps: CommandDeps,
  formData: FormData,
  context: SubmitContext,
): Promise<ActionState> {
  const parsed = parseForm(enrolmentSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { expectedRevision, ...input } = parsed.value;
  const result = await unenrolStudent(deps, input, { ...context, expectedRevision });
  return fromCommandResult(result, () => `Unenrolled from ${courseTitle(input.courseId)}`);
}
