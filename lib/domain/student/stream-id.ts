/** A student's events live in one stream, named after the student, inside the student's sandbox. */
import { DEFAULT_SANDBOX, localStreamId, streamInSandbox } from "@/lib/domain/sandbox";

const PREFIX = "student-";

export function studentStreamId(studentId: string, sandbox: string = DEFAULT_SANDBOX): string {
  return streamInSandbox(sandbox, `${PREFIX}${studentId}`);
}

/** The student id of a student stream (in any sandbox), or undefined for any other stream. */
export function studentIdOfStream(streamId: string): string | undefined {
  const local = localStreamId(streamId);
  return local.startsWith(PREFIX) ? local.slice(PREFIX.length) : undefined;
}
