/**
 * The capacity rule as a property, on the in-memory event store: random enrolments and unenrolments across
 * students and courses, run concurrently in random interleavings (fast-check's scheduler decides which store
 * call answers next), never seat more students in a course than it has seats, at any point of its history.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { courseSeatsQuery, seatHolders } from "@/lib/domain/course-seats";
import type { Course } from "@/lib/domain/courses";
import { parseStudentEvent } from "@/lib/domain/student/parse-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import { createSeatMemory } from "@/lib/students/course-seats";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import type { EventStore } from "@/lib/event-store/types";
import { enrolStudent, registerStudent, unenrolStudent, type CommandDeps } from "@/lib/students/student-commands";

const SANDBOX = "-";
const COURSE_IDS = ["distributed-systems-101", "web-development"] as const;

/** The store with every call answered when the scheduler says so. */
function scheduled(store: EventStore, s: fc.Scheduler): EventStore {
  return {
    ...store,
    readByTags: s.scheduleFunction(store.readByTags.bind(store)),
    appendToStream: s.scheduleFunction(store.appendToStream.bind(store)),
    readStream: s.scheduleFunction(store.readStream.bind(store)),
  };
}

/** The most students seated at once in each course, folding its seat events in append order. */
async function mostSeated(store: EventStore, courseId: string): Promise<number> {
  const { events } = await store.readByTags(courseSeatsQuery(courseId, SANDBOX));
  const seen: StudentEvent[] = [];
  let most = 0;
  for (const recorded of events) {
    const parsed = parseStudentEvent(recorded);
    if (!parsed.ok) continue;
    seen.push(parsed.event);
    most = Math.max(most, seatHolders(seen).size);
  }
  return most;
}

describe("course capacity under concurrent enrolments", () => {
  it("is never exceeded, whatever the interleaving", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
        fc.integer({ min: 2, max: 7 }),
        fc.array(
          fc.record({
            kind: fc.constantFrom("enrol", "unenrol"),
            student: fc.nat(),
            course: fc.integer({ min: 0, max: COURSE_IDS.length - 1 }),
          }),
          { minLength: 1, maxLength: 16 },
        ),
        async (s, capacities, studentCount, operations) => {
          const store = createInMemoryEventStore();
          const catalogue: Course[] = COURSE_IDS.map((id, i) => ({ id, title: id, capacity: capacities[i]! }));
          const setup: CommandDeps = {
            store,
            readModel: undefined as never,
            projectInline: async () => false,
            catalogue,
          };
          const students: string[] = [];
          for (let i = 0; i < studentCount; i += 1) {
            const result = await registerStudent(
              setup,
              { fullName: `Student ${i}`, email: `s${i}@example.edu`, dateOfBirth: "2000-01-01" },
              { sandbox: SANDBOX },
            );
            if (result.status === "ok") students.push(result.studentId);
          }
          // No queue: only the append condition stands between the operations. Half of them share a seat memory
          // (decisions that overlap on it), half read every course in full.
          const racing: CommandDeps = { ...setup, store: scheduled(store, s) };
          const remembering: CommandDeps = { ...racing, seatMemory: createSeatMemory() };
          const running = Promise.all(
            operations.map(({ kind, student, course }, i) => {
              const deps = i % 2 === 0 ? racing : remembering;
              const input = { studentId: students[student % students.length]!, courseId: COURSE_IDS[course]! };
              return kind === "enrol"
                ? enrolStudent(deps, input, { sandbox: SANDBOX })
                : unenrolStudent(deps, input, { sandbox: SANDBOX });
            }),
          );
          await s.waitFor(running);
          const results = await running;
          for (const result of results) expect(result.status).not.toBe("error");
          for (const [i, courseId] of COURSE_IDS.entries())
            expect(await mostSeated(store, courseId)).toBeLessThanOrEqual(capacities[i]!);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
