/** The shapes exercise 4 speaks of: how StudentRegistered was stored before version 2, and how it reads now. */
import type { StudentRegisteredV2Data } from "@/lib/domain/upcasters";

export type StudentRegisteredV1Data = {
  studentId: string;
  /** Version 2 calls it fullName. */
  name: string;
  email: string;
  dateOfBirth: string;
};

export type { StudentRegisteredV2Data };
