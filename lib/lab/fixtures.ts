/** The students the specs speak of: a few events, built once, named as a reader would say them. */
import type { StudentEvent } from "@/lib/domain/student/events";

export const ADA_ID = "ada";

export const registered: StudentEvent = {
  type: "StudentRegistered",
  data: { studentId: ADA_ID, fullName: "Ada Lovelace", email: "ada@example.org", dateOfBirth: "1815-12-10" },
};

export const detailsUpdated: StudentEvent = {
  type: "StudentDetailsUpdated",
  data: { studentId: ADA_ID, fullName: "Ada King", email: "ada.king@example.org" },
};

export const enrolled = (courseId: string): StudentEvent => ({
  type: "StudentEnrolled",
  data: { studentId: ADA_ID, courseId },
});

export const unenrolled = (courseId: string): StudentEvent => ({
  type: "StudentUnenrolled",
  data: { studentId: ADA_ID, courseId },
});

export const EVENT_SOURCING = "event-sourcing-fundamentals";
export const WEB = "web-development";
export const DATABASES = "databases-and-transactions";
