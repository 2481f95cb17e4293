/**
 * Upcasters turn the stored data of an old event shape into the current one. The event store applies them
 * on read (it registers `studentUpcasters`), so the domain only ever sees current shapes and stored events
 * are never rewritten.
 */
import { readStringFields } from "@/lib/domain/read-string-fields";
import type { StudentEventData, StudentEventType } from "@/lib/domain/student/events";

export type StudentRegisteredV2Data = StudentEventData<"StudentRegistered">;

export type StudentUpcaster = Readonly<{
  type: StudentEventType;
  fromVersion: number;
  toVersion: number;
  upcast: (data: unknown) => StudentEventData;
}>;

/** Stored data that matches no known shape: a storage fault, never a user mistake, hence thrown. */
export class MalformedEventDataError extends Error {
  override readonly name = "MalformedEventDataError";
}

/** Version 1 called the name `name`; version 2 calls it `fullName`. Nothing else changed. */
export function upcastStudentRegisteredV1(data: unknown): StudentRegisteredV2Data {
  const v1 = readStringFields(data, ["studentId", "name", "email", "dateOfBirth"]);
  if (!v1.ok) throw new MalformedEventDataError(`StudentRegistered v1: ${v1.reason}`);
  const { studentId, name, email, dateOfBirth } = v1.value;
  return { studentId, fullName: name, email, dateOfBirth };
}

export const studentUpcasters: readonly StudentUpcaster[] = [
  { type: "StudentRegistered", fromVersion: 1, toVersion: 2, upcast: upcastStudentRegisteredV1 },
];
