/** A student's events live in one stream, named after the student. */
const PREFIX = "student-";

export function studentStreamId(studentId: string): string {
  return `${PREFIX}${studentId}`;
}

/** The student id of a student stream, or undefined for any other stream. */
export function studentIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
}
