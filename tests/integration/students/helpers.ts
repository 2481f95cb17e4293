/** Shared steps of the student integration tests: the app's configured store, and reading back what it holds. */
import { StreamNotFoundError } from "@/lib/event-store/errors";
import type { RecordedEvent } from "@/lib/event-store/types";
import { registerStudent } from "@/lib/students/student-commands";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { app, closeApp } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

/** Courses no other integration test fills, so the capacity rule never gets in these tests' way. */
export const ROOMY_COURSE = "algorithms-and-data-structures";
export const OTHER_ROOMY_COURSE = "databases-and-transactions";

export const ada = { fullName: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "1995-12-10" };

export async function eventsOf(studentId: string): Promise<RecordedEvent[]> {
  try {
    return (await app().store.readStream(studentStreamId(studentId))).events;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
}

/** The id of the newest event in the whole store: unchanged means nothing was stored anywhere. */
export async function newestEventId(): Promise<string | undefined> {
  const page = await app().store.readAll({ direction: "backwards", maxCount: 1 });
  return page.events[0]?.id;
}

export async function registeredStudentId(details = ada): Promise<string> {
  const result = await registerStudent(app(), details, { sandbox: DEFAULT_SANDBOX });
  if (result.status !== "ok") throw new Error(`registration failed: ${JSON.stringify(result)}`);
  return result.studentId;
}

export async function closeStores(): Promise<void> {
  await closeApp();
}
