/** Events and commands shared by the domain tests. NOW is a fixed instant so age rules are reproducible. */
import type {
  StudentDetailsUpdated,
  StudentEnrolled,
  StudentRegistered,
  StudentUnenrolled,
} from "@/lib/domain/student/events";

export const NOW = new Date("2025-06-15T12:00:00.000Z");

export const ADA_ID = "0b6f6c2e-6a4e-4d59-9d1e-5c0f6f3c2a11";

export const adaRegistered: StudentRegistered = {
  type: "StudentRegistered",
  data: { studentId: ADA_ID, fullName: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "2000-12-10" },
};

export const enrolled = (courseId: string): StudentEnrolled => ({
  type: "StudentEnrolled",
  data: { studentId: ADA_ID, courseId },
});

export const unenrolled = (courseId: string): StudentUnenrolled => ({
  type: "StudentUnenrolled",
  data: { studentId: ADA_ID, courseId },
});

export const detailsUpdated = (fullName: string, email: string): StudentDetailsUpdated => ({
  type: "StudentDetailsUpdated",
  data: { studentId: ADA_ID, fullName, email },
});

/** An email of exactly `length` characters that is otherwise valid (local part 64, labels of at most 63). */
export function emailOfLength(length: number): string {
  const local = "a".repeat(64);
  const fixed = `${local}@${"b".repeat(63)}.${"c".repeat(63)}.`;
  const lastLabelAndTld = length - fixed.length - ".com".length;
  return `${fixed}${"d".repeat(lastLabelAndTld)}.com`;
}
