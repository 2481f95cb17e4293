/**
 * Step 9: a registration stored the way version 1 of the app wrote it (`name`, schema version 1), as if it had
 * been in the store since before `fullName`; and the same stream read twice, as stored and as upcast.
 */
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import { StreamNotFoundError } from "@/lib/event-store/errors";
import { commandMetadata } from "@/lib/students/command-metadata";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { demoPerson } from "@/lib/walkthrough/demo-values";

export async function storeLegacyRegistration(store: EventStore, sandbox: string): Promise<string> {
  const studentId = randomUUID();
  const { fullName, email, dateOfBirth } = demoPerson(randomBytes(1)[0] ?? 0, randomBytes(3).toString("hex"));
  await store.appendToStream(
    studentStreamId(studentId, sandbox),
    [
      {
        type: "StudentRegistered",
        schemaVersion: 1,
        data: { studentId, name: fullName, email, dateOfBirth },
        metadata: commandMetadata("RegisterStudent"),
      },
    ],
    { expectedRevision: "no_stream" },
  );
  return studentId;
}

export interface RawAndUpcast {
  raw: RecordedEvent[];
  upcast: RecordedEvent[];
}

/** The stream's first events both ways; undefined when the stream does not exist. */
export async function readRawAndUpcast(store: EventStore, streamId: string): Promise<RawAndUpcast | undefined> {
  try {
    const [raw, upcast] = await Promise.all([
      store.readStream(streamId, { maxCount: 5, upcast: false }),
      store.readStream(streamId, { maxCount: 5 }),
    ]);
    return { raw: raw.events, upcast: upcast.events };
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
}
