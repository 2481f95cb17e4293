/**
 * The replay's history from the real event store: a sandbox's student streams, newest activity first and each
 * whole, read as the app reads them; a sandbox without students replays the sample class.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newSandboxId } from "@/lib/domain/sandbox";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { loadLabHistory } from "@/lib/lab/lab-history-data";
import { app } from "@/lib/server/app";
import { useTestStores } from "@/tests/support/test-stores";

useTestStores("lab-history");

async function student(sandbox: string, fullName: string, courses: string[]): Promise<string> {
  const studentId = randomUUID();
  await app().store.appendToStream(
    studentStreamId(studentId, sandbox),
    [
      {
        type: "StudentRegistered",
        data: { studentId, fullName, email: "s@example.org", dateOfBirth: "2000-01-01" },
        schemaVersion: 2,
      },
      ...courses.map((courseId) => ({ type: "StudentEnrolled", data: { studentId, courseId } })),
    ],
    { expectedRevision: 0 },
  );
  return studentId;
}

describe("the lab's history", () => {
  it("holds the sandbox's student streams, newest first, whole and read as the domain reads them", async () => {
    const sandbox = newSandboxId(randomBytes(10));
    await student(sandbox, "Older", ["web-development"]);
    await student(sandbox, "Newer", ["web-development", "functional-programming"]);
    await app().store.appendToStream(`${sandbox}:not-a-student`, [{ type: "Greeted", data: {} }]);

    const history = await loadLabHistory({ store: app().store, sandbox });
    expect(history.source).toBe("sandbox");
    expect(history.streams.map((s) => s.label)).toEqual(["Newer", "Older"]);
    expect(history.streams[0]!.events.map((e) => [e.revision, e.event.type])).toEqual([
      [1, "StudentRegistered"],
      [2, "StudentEnrolled"],
      [3, "StudentEnrolled"],
    ]);
    expect(history.eventCount).toBe(5);
  });

  it("is the sample class for a sandbox without students", async () => {
    const history = await loadLabHistory({ store: app().store, sandbox: newSandboxId(randomBytes(10)) });
    expect(history.source).toBe("sample");
    expect(history.eventCount).toBeGreaterThan(100);
  });
});
