/** Shared steps of the projector tests: student events, a projector child process, and waiting for the projector. */
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import type { EventStore, NewEvent } from "@/lib/event-store/types";
import { STUDENT_EVENT_SCHEMA_VERSIONS, type StudentEvent } from "@/lib/domain/student/events";
import { studentStreamId } from "@/lib/domain/student/stream-id";

export const studentEvent = (event: StudentEvent, metadata: NewEvent["metadata"] = {}): NewEvent => ({
  type: event.type,
  data: { ...event.data },
  schemaVersion: STUDENT_EVENT_SCHEMA_VERSIONS[event.type],
  metadata,
});

/** How many events appendStudentStory(store, n) appends. */
export const storyEventCount = (n: number) => 3 + (n % 3 === 0 ? 1 : 0) + (n % 2 === 0 ? 1 : 0);

/** Registers a student and runs a few deterministic commands on it; returns its stream id. */
export async function appendStudentStory(store: EventStore, n: number): Promise<string> {
  const studentId = `s${n}-${randomUUID().slice(0, 8)}`;
  const streamId = studentStreamId(studentId);
  const courses = [
    "distributed-systems-101",
    "event-sourcing-fundamentals",
    "web-development",
    "functional-programming",
  ];
  await store.appendToStream(
    streamId,
    [
      studentEvent({
        type: "StudentRegistered",
        data: { studentId, fullName: `Student ${n}`, email: `student${n}@example.edu`, dateOfBirth: "2001-02-03" },
      }),
    ],
    { expectedRevision: "no_stream" },
  );
  const first = courses[n % courses.length]!;
  const second = courses[(n + 1) % courses.length]!;
  await store.appendToStream(
    streamId,
    [studentEvent({ type: "StudentEnrolled", data: { studentId, courseId: first } })],
    { expectedRevision: 1 },
  );
  await store.appendToStream(
    streamId,
    [studentEvent({ type: "StudentEnrolled", data: { studentId, courseId: second } })],
    { expectedRevision: 2 },
  );
  if (n % 3 === 0)
    await store.appendToStream(
      streamId,
      [studentEvent({ type: "StudentUnenrolled", data: { studentId, courseId: first } })],
      { expectedRevision: 3 },
    );
  if (n % 2 === 0) {
    await store.appendToStream(streamId, [
      studentEvent({
        type: "StudentDetailsUpdated",
        data: { studentId, fullName: `Student ${n} Renamed`, email: `s${n}@example.org` },
      }),
    ]);
  }
  return streamId;
}

export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  { timeoutMs = 20_000, everyMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** `npm run projector` as a real child process with the given settings. */
export function spawnProjector(env: Record<string, string>): ChildProcess {
  return spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/projector.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once("exit", () => r()));
}
