/**
 * Enrolments per second with the course's consistency boundary (issue 16) against plain appends, at several
 * concurrencies, on one hot course and spread over the six catalogue courses (capacity raised so that every
 * request enrols). Each configuration runs in a fresh sandbox (an empty set of courses) on students registered
 * before the clock starts, and sends the same number of requests, so every configuration's courses grow the
 * same history (the boundary's seat read returns every seat event of the course).
 *
 * - boundary: `enrolWithinCapacity` through one process's per-course queue, the app's real path;
 * - plain: the same enrolment without the boundary: load the student's stream, decide with a seat count the
 *   bench keeps in memory (no seat read), append StudentEnrolled untagged with the stream's expected revision;
 * - no queue: `enrolWithinCapacity` without a queue, as if each request came through a process of its own, so
 *   only the append condition arbitrates (information only).
 *
 * The store is wrapped to time the decision's two boundary steps (the seat read, `readByTags`, and the
 * conditional append) and to count conflicts and re-reads.
 */
import { randomBytes } from "node:crypto";
import { withCpuSeconds, type CpuSeconds } from "@/bench/cpu-meter";
import { COURSES, type Course } from "@/lib/domain/courses";
import { newSandboxId } from "@/lib/domain/sandbox";
import { decide } from "@/lib/domain/student/decide";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { handleCommand } from "@/lib/event-store/aggregate";
import { AppendConditionFailedError } from "@/lib/event-store/errors";
import type { EventStore } from "@/lib/event-store/types";
import type { App } from "@/lib/server/app";
import { commandMetadata } from "@/lib/students/command-metadata";
import { createKeyedQueue } from "@/lib/students/keyed-queue";
import { createSeatMemory } from "@/lib/students/course-seats";
import { studentAggregate } from "@/lib/students/student-aggregate";
import { enrolWithinCapacity, registerStudent, type CommandDeps } from "@/lib/students/student-commands";

export type SeatPath = "boundary" | "plain" | "no queue";

export interface SeatRun {
  path: SeatPath;
  courses: 1 | 6;
  concurrency: number;
  requests: number;
  enrolled: number;
  /** Enrolled per second, first request sent → last answer. */
  perSecond: number;
  /** Every request's latency (queue wait included), sorted, ms. */
  latencies: number[];
  conflicts: number;
  /** Seat reads beyond the first of each request: decisions taken again after a conflict. */
  retries: number;
  /** Per decision, the boundary's two steps (ms) and the seat events its read returned. */
  seatReads: number[];
  conditionalWrites: number[];
  seatEventsRead: number;
  /** CPU seconds per process (and idle cores) while the requests ran. */
  cpu: CpuSeconds;
}

/** The catalogue's ids (the projector skips unknown ones), with seats for every request the bench sends. */
const BENCH_CATALOGUE: readonly Course[] = COURSES.map((course) => ({ ...course, capacity: 1_000_000 }));
const HOT_COURSE = BENCH_CATALOGUE[0]!.id;

/** Runs every task with at most `limit` in flight; returns the wall time in seconds. */
async function withConcurrency(tasks: readonly (() => Promise<void>)[], limit: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
  return (performance.now() - started) / 1000;
}

/** The store, with the boundary's steps timed: seat reads and conditional appends (conflicts counted). */
function timedStore(store: EventStore, run: SeatRun): EventStore {
  return {
    ...store,
    async readByTags(query, options) {
      const started = performance.now();
      const result = await store.readByTags(query, options);
      run.seatReads.push(performance.now() - started);
      run.seatEventsRead += result.events.length;
      return result;
    },
    async appendToStream(streamId, events, options) {
      if (!options?.condition) return store.appendToStream(streamId, events, options);
      const started = performance.now();
      try {
        return await store.appendToStream(streamId, events, options);
      } catch (error) {
        if (error instanceof AppendConditionFailedError) run.conflicts += 1;
        throw error;
      } finally {
        run.conditionalWrites.push(performance.now() - started);
      }
    },
  };
}

async function registerStudents(deps: CommandDeps, sandbox: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  const tasks = Array.from({ length: count }, (_, i) => async () => {
    const result = await registerStudent(
      deps,
      { fullName: `Bench Student ${i}`, email: `bench${i}@example.edu`, dateOfBirth: "2001-02-03" },
      { sandbox },
    );
    if (result.status !== "ok") throw new Error(`registration failed: ${JSON.stringify(result)}`);
    ids[i] = result.studentId;
  });
  await withConcurrency(tasks, 32);
  return ids;
}

/** The plain enrolment: the student's stream, a seat count from memory, one untagged append (1 PutItem). */
function plainEnrol(deps: CommandDeps, sandbox: string, seatsTaken: Map<string, number>) {
  return async (studentId: string, courseId: string): Promise<boolean> => {
    const command = { type: "EnrolStudent" as const, data: { studentId, courseId } };
    const outcome = await handleCommand(
      deps.store,
      studentStreamId(studentId, sandbox),
      studentAggregate,
      (state) =>
        decide(command, state, {
          seatsTaken: seatsTaken.get(courseId) ?? 0,
          catalogue: deps.catalogue,
          now: new Date(),
        }),
      { metadata: commandMetadata(command.type) },
    );
    if (outcome.ok) seatsTaken.set(courseId, (seatsTaken.get(courseId) ?? 0) + 1);
    return outcome.ok;
  };
}

const pick = ({ store, readModel, projectInline }: App) => ({ store, readModel, projectInline });

/** One configuration in a fresh sandbox: `requests` students registered, then enrolled from `concurrency` workers. */
export async function measureSeatRun(
  stores: App,
  { path, courses, concurrency, requests }: Pick<SeatRun, "path" | "courses" | "concurrency" | "requests">,
  servers: Record<string, number | undefined> = {},
): Promise<SeatRun> {
  const run: SeatRun = {
    ...{ path, courses, concurrency, requests },
    ...{ enrolled: 0, perSecond: 0, latencies: [], conflicts: 0, retries: 0 },
    ...{ seatReads: [], conditionalWrites: [], seatEventsRead: 0, cpu: {} },
  };
  const sandbox = newSandboxId(randomBytes(10));
  // Not the app's own per-process parts (its queue): each configuration is one process of its own, given below.
  const base: CommandDeps = { ...pick(stores), catalogue: BENCH_CATALOGUE };
  const students = await registerStudents(base, sandbox, requests);
  const deps: CommandDeps = {
    ...base,
    store: timedStore(stores.store, run),
    courseQueue: path === "boundary" ? createKeyedQueue() : undefined,
    seatMemory: path === "boundary" ? createSeatMemory() : undefined,
  };
  const plain = plainEnrol(deps, sandbox, new Map());
  const enrol = async (studentId: string, courseId: string): Promise<boolean> => {
    if (path === "plain") return plain(studentId, courseId);
    const outcome = await enrolWithinCapacity(deps, { studentId, courseId }, { sandbox });
    return outcome.result.status === "ok";
  };
  const tasks = students.map((studentId, i) => async () => {
    const courseId = courses === 1 ? HOT_COURSE : BENCH_CATALOGUE[i % BENCH_CATALOGUE.length]!.id;
    const started = performance.now();
    const ok = await enrol(studentId, courseId);
    run.latencies.push(performance.now() - started);
    if (ok) run.enrolled += 1;
  });
  const { result: seconds, cpu } = await withCpuSeconds(servers, () => withConcurrency(tasks, concurrency));
  run.cpu = cpu;
  run.perSecond = run.enrolled / seconds;
  run.latencies.sort((a, b) => a - b);
  run.retries = path === "plain" ? 0 : run.seatReads.length - requests;
  return run;
}

/**
 * Every configuration, boundary and plain side by side at each concurrency and spread, run boundary, plain,
 * plain, boundary (a drift of DynamoDB Local's speed as its JIT warms falls on both), each keeping its better
 * run, after an unmeasured warm-up of both paths; then the no-queue rows on the hot course, once each.
 */
export async function measureEnrolmentBoundary(
  stores: App,
  servers: Record<string, number | undefined>,
  options: { requests: number; noQueueRequests: number; warmUpSeconds: number; log: (line: string) => void },
): Promise<SeatRun[]> {
  const { requests, warmUpSeconds, log } = options;
  // DynamoDB Local speeds up for tens of seconds as its JIT warms: both paths, both spreads, until the time is up.
  const warmUpUntil = performance.now() + warmUpSeconds * 1000;
  while (performance.now() < warmUpUntil)
    for (const courses of [1, 6] as const)
      for (const path of ["boundary", "plain"] as const)
        await measureSeatRun(stores, { path, courses, concurrency: 8, requests: 100 });
  const better = (a: SeatRun, b: SeatRun) => (a.perSecond >= b.perSecond ? a : b);
  const runs: SeatRun[] = [];
  for (const concurrency of [1, 8, 32])
    for (const courses of [1, 6] as const) {
      const measure = (path: SeatPath) => measureSeatRun(stores, { path, courses, concurrency, requests }, servers);
      const boundary = await measure("boundary");
      const plain = better(await measure("plain"), await measure("plain"));
      runs.push(better(boundary, await measure("boundary")), plain);
      log(`seat: ${courses === 1 ? "hot course" : "six courses"}, c=${concurrency} measured`);
    }
  for (const concurrency of [8, 32])
    runs.push(
      await measureSeatRun(
        stores,
        { path: "no queue", courses: 1, concurrency, requests: options.noQueueRequests },
        servers,
      ),
    );
  return runs;
}
