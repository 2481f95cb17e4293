/**
 * The last seat on DynamoDB Local: enrolments decided on the course's tagged seat events, appended on the
 * condition that none came since. However many enrol at once, and however many server processes (each with its
 * own per-course queue, or none) they come through, exactly the free seats are taken; the read model agrees.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findCourse } from "@/lib/domain/courses";
import { newSandboxId } from "@/lib/domain/sandbox";
import { createSeatMemory, readCourseSeats } from "@/lib/students/course-seats";
import { createKeyedQueue } from "@/lib/students/keyed-queue";
import {
  enrolStudent,
  enrolWithinCapacity,
  registerStudent,
  unenrolStudent,
  type CommandDeps,
  type EnrolmentOutcome,
} from "@/lib/students/student-commands";
import { seatsTaken } from "@/lib/read-model/student-queries";
import { useTestStores } from "@/tests/support/test-stores";

const stores = useTestStores("last-seat", { INLINE_PROJECTION: "true" });
const COURSE = "algorithms-and-data-structures";
const CAPACITY = findCourse(COURSE)!.capacity;

async function registerMany(sandbox: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, count - start) }, (_, i) =>
        registerStudent(
          stores,
          { fullName: `Racer ${start + i}`, email: `racer${start + i}@example.edu`, dateOfBirth: "2001-02-03" },
          { sandbox },
        ),
      ),
    );
    for (const result of batch) {
      if (result.status !== "ok") throw new Error(`registration failed: ${JSON.stringify(result)}`);
      ids.push(result.studentId);
    }
  }
  return ids;
}

/** Runs every task with at most `limit` in flight. */
async function withConcurrency<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/**
 * `processes` servers, each with its own per-course queue and seat memory (0: neither, every enrolment on its own).
 */
function serverDeps(processes: number): (index: number) => CommandDeps {
  if (processes === 0) return () => ({ ...stores, courseQueue: undefined, seatMemory: undefined });
  const servers = Array.from({ length: processes }, () => ({
    ...stores,
    courseQueue: createKeyedQueue(),
    seatMemory: createSeatMemory(),
  }));
  return (index) => servers[index % processes]!;
}

describe("200 enrolments racing for 30 seats", () => {
  const plans = [
    { concurrency: 200, processes: 1 },
    { concurrency: 200, processes: 4 },
    { concurrency: 30, processes: 0 },
    { concurrency: 50, processes: 8 },
    { concurrency: 10, processes: 2 },
  ];
  for (const { concurrency, processes } of plans) {
    it(`at concurrency ${concurrency} through ${processes || "no"} queue${processes === 1 ? "" : "s"}: exactly ${CAPACITY} enrolled, every other one "course full"`, async () => {
      const sandbox = newSandboxId(randomBytes(10));
      const students = await registerMany(sandbox, 200);
      const depsFor = serverDeps(processes);
      const outcomes: EnrolmentOutcome[] = await withConcurrency(
        students.map(
          (studentId, i) => () => enrolWithinCapacity(depsFor(i), { studentId, courseId: COURSE }, { sandbox }),
        ),
        concurrency,
      );
      const statuses = outcomes.map(({ result }) => (result.status === "rejected" ? result.error.code : result.status));
      expect(statuses.filter((s) => s === "ok")).toHaveLength(CAPACITY);
      expect(statuses.filter((s) => s === "course_full")).toHaveLength(200 - CAPACITY);

      const seats = await readCourseSeats(stores.store, COURSE, sandbox);
      const winners = students.filter((_, i) => outcomes[i]!.result.status === "ok");
      expect(new Set(seats.holders)).toEqual(new Set(winners));
      // Projected inline: the read model counts the same seats.
      expect(await seatsTaken(stores.readModel, sandbox, COURSE)).toBe(CAPACITY);

      // One process queues its own enrolments, so only enrolments from other processes can conflict.
      const conflicts = outcomes.reduce((sum, o) => sum + o.conflicts, 0);
      if (processes === 1) expect(conflicts).toBe(0);
      else expect(conflicts).toBeGreaterThan(0);
    }, 120_000);
  }
});

describe("the seats a decision sees", () => {
  it("an unenrolment frees the seat for the very next enrolment, and the course fills again", async () => {
    const sandbox = newSandboxId(randomBytes(10));
    const course = "distributed-systems-101";
    const capacity = findCourse(course)!.capacity;
    const [leaver, ...others] = await registerMany(sandbox, capacity + 2);
    const enrol = (studentId: string) => enrolStudent(stores, { studentId, courseId: course }, { sandbox });
    expect((await enrol(leaver!)).status).toBe("ok");
    for (const id of others.slice(0, capacity - 1)) expect((await enrol(id)).status).toBe("ok");
    expect(await enrol(others[capacity - 1]!)).toMatchObject({ error: { code: "course_full" } });

    expect((await unenrolStudent(stores, { studentId: leaver!, courseId: course }, { sandbox })).status).toBe("ok");
    expect((await enrol(others[capacity - 1]!)).status).toBe("ok");
    expect(await enrol(others[capacity]!)).toMatchObject({ error: { code: "course_full" } });
    expect((await readCourseSeats(stores.store, course, sandbox)).holders).toHaveLength(capacity);
  });

  it("each sandbox's course has seats of its own", async () => {
    const [first, second] = [newSandboxId(randomBytes(10)), newSandboxId(randomBytes(10))];
    const course = "distributed-systems-101";
    const capacity = findCourse(course)!.capacity;
    for (const id of await registerMany(first, capacity))
      expect((await enrolStudent(stores, { studentId: id, courseId: course }, { sandbox: first })).status).toBe("ok");
    const [other] = await registerMany(second, 1);
    expect((await enrolStudent(stores, { studentId: other!, courseId: course }, { sandbox: second })).status).toBe(
      "ok",
    );
  });

  it("enrols without the read model: a MySQL that cannot be reached changes nothing", async () => {
    const sandbox = newSandboxId(randomBytes(10));
    const [studentId] = await registerMany(sandbox, 1);
    const unreachable = { ...stores, readModel: undefined as never, projectInline: async () => false };
    expect((await enrolStudent(unreachable, { studentId: studentId!, courseId: COURSE }, { sandbox })).status).toBe(
      "ok",
    );
  });
});
