/**
 * Step 7's student with a long stream: registered, then changes of address up to LONG_HISTORY_EVENTS, one
 * append per change as a real user would make them. Every event is decided by the domain's `decide`; a
 * snapshot is taken at revision LONG_HISTORY_SNAPSHOT_AT, so three events follow it. The stream is long enough
 * that reading it whole costs real bytes and read units (a few hundred events fit in one small Query).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { decide } from "@/lib/domain/student/decide";
import { STUDENT_EVENT_SCHEMA_VERSIONS } from "@/lib/domain/student/events";
import { evolve, type StudentState } from "@/lib/domain/student/state";
import type { JsonValue, NewEvent } from "@/lib/event-store/types";
import { commandMetadata } from "@/lib/students/command-metadata";
import { registerStudent } from "@/lib/students/student-commands";
import type { DemoDeps } from "@/lib/walkthrough/demo-commands";
import { loadStudentHistory } from "@/lib/students/student-history";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { demoPerson, taggedEmail } from "@/lib/walkthrough/demo-values";
import { WALKTHROUGH_SNAPSHOTS } from "@/lib/walkthrough/snapshot-timing";

export const LONG_HISTORY_EVENTS = 1000;
export const LONG_HISTORY_SNAPSHOT_AT = LONG_HISTORY_EVENTS - 3;

export type LongHistoryResult = { ok: true; studentId: string } | { ok: false; message: string };

export async function createLongHistory(deps: DemoDeps): Promise<LongHistoryResult> {
  const registered = await registerStudent(deps, demoPerson(randomBytes(1)[0] ?? 0, randomBytes(3).toString("hex")), {
    sandbox: deps.sandbox,
  });
  if (registered.status !== "ok")
    return {
      ok: false,
      message: registered.status === "rejected" ? registered.error.message : "The student could not be registered.",
    };
  const { studentId } = registered;
  const history = await loadStudentHistory(deps.store, deps.sandbox, studentId);
  if (!history) return { ok: false, message: "The new student's stream could not be read." };
  const { store } = deps;
  const streamId = studentStreamId(studentId, deps.sandbox);
  let state: StudentState = history.state;
  for (let revision = history.revision; revision < LONG_HISTORY_EVENTS; revision += 1) {
    if (state.status !== "registered") break;
    const command = {
      type: "UpdateStudentDetails",
      data: { studentId, fullName: state.fullName, email: taggedEmail(state.email, revision + 1) },
    } as const;
    const decision = decide(command, state, { now: new Date() });
    if (!decision.ok) return { ok: false, message: decision.error.message };
    const events: NewEvent[] = decision.events.map((event) => ({
      type: event.type,
      data: { ...event.data },
      schemaVersion: STUDENT_EVENT_SCHEMA_VERSIONS[event.type],
      metadata: commandMetadata(command.type),
    }));
    await store.appendToStream(streamId, events, { expectedRevision: revision });
    state = decision.events.reduce(evolve, state);
    if (revision + 1 === LONG_HISTORY_SNAPSHOT_AT) {
      await store.saveSnapshot({
        streamId,
        revision: revision + 1,
        state: state as unknown as JsonValue,
        schemaVersion: WALKTHROUGH_SNAPSHOTS.schemaVersion,
      });
    }
  }
  return { ok: true, studentId };
}
