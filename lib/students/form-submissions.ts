/**
 * What each student form does on the server, minus the framework calls: read and validate the form (before
 * anything is loaded), run the command handler, and map its result to an ActionState. The server actions in
 * app/students wrap these with revalidatePath/redirect; tests call these directly.
 */
import "server-only";
import { courseTitle } from "@/lib/domain/courses";
import { fromCommandResult, invalid, type ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/parse-form";
import type { CommandContext } from "@/lib/students/run-student-command";
import { enrolStudent, registerStudent, unenrolStudent, updateStudentDetails } from "@/lib/students/student-commands";
import {
  enrolmentSchema,
  registerStudentSchema,
  updateStudentDetailsSchema,
} from "@/lib/students/student-input-schemas";

/** What a test may set; the app always uses the defaults. */
export type SubmitContext = Pick<CommandContext, "store" | "correlationId">;

export async function submitRegistration(formData: FormData, context: SubmitContext = {}): Promise<ActionState> {
  const parsed = parseForm(registerStudentSchema(new Date()), formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const result = await registerStudent(parsed.value, context);
  return fromCommandResult(result, () => "Student registered");
}

export async function submitDetailsUpdate(formData: FormData, context: SubmitContext = {}): Promise<ActionState> {
  const parsed = parseForm(updateStudentDetailsSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { expectedRevision, ...input } = parsed.value;
  const result = await updateStudentDetails(input, { ...context, expectedRevision });
  return fromCommandResult(result, ({ eventsAppended }) => (eventsAppended > 0 ? "Details saved" : "Nothing changed"));
}

export async function submitEnrolment(formData: FormData, context: SubmitContext = {}): Promise<ActionState> {
  const parsed = parseForm(enrolmentSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { expectedRevision, ...input } = parsed.value;
  const result = await enrolStudent(input, { ...context, expectedRevision });
  return fromCommandResult(result, () => `Enrolled in ${courseTitle(input.courseId)}`);
}

export async function submitUnenrolment(formData: FormData, context: SubmitContext = {}): Promise<ActionState> {
  const parsed = parseForm(enrolmentSchema, formData);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { expectedRevision, ...input } = parsed.value;
  const result = await unenrolStudent(input, { ...context, expectedRevision });
  return fromCommandResult(result, () => `Unenrolled from ${courseTitle(input.courseId)}`);
}
