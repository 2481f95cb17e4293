/**
 * The last-seat race (walkthrough step 10, and the class race of lib/classroom/seat-race-activity.ts): racers
 * enrol in one small course twice, side by side on the real stores, each side in a fresh sandbox of its own:
 *
 * - the read-model check, as enrolment worked before: read the seat count from MySQL, decide on it, append with
 *   no condition. Every racer that reads before the others' enrolments reach the read model sees a free seat.
 * - the consistency boundary, as enrolment works now: read the course's seat events, decide, append on the
 *   condition that none came since; a conflict means deciding again. Each racer decides as if on a server of its
 *   own (no shared queue), so only the event store's condition stands between them, and its conflicts show.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { findCourse } from "@/lib/domain/courses";
import { newSandboxId } from "@/lib/domain/sandbox";
import type { ReadModel } from "@/lib/read-model/client";
import {
  insertSeatRace,
  recordSeatRaceAttempt,
  type SeatRaceOutcome,
  type SeatRaceRow,
} from "@/lib/read-model/seat-race-queries";
import { seatsTaken } from "@/lib/read-model/student-queries";
import type { App } from "@/lib/server/app";
import type { StudentCommandResult } from "@/lib/students/command-result";
import { createKeyedQueue } from "@/lib/students/keyed-queue";
import {
  enrolAgainstSeatCount,
  enrolWithinCapacity,
  registerStudent,
  type CommandDeps,
} from "@/lib/students/student-commands";

/** The smallest course: three seats, so a race is over in a moment. */
export const RACE_COURSE = "distributed-systems-101";
export const SOLO_RACERS = 8;

export type RaceDeps = Pick<App, "store" | "readModel" | "projectInline">;

export interface Racer {
  key: string;
  name: string;
}

/** A new race row: the course and two fresh sandboxes, one per side. */
export async function createSeatRace(
  readModel: ReadModel,
  owner: { ownerSandbox: string; classId: string | null },
): Promise<SeatRaceRow> {
  const course = findCourse(RACE_COURSE)!;
  const race = {
    id: randomBytes(8).toString("hex"),
    ...owner,
    courseId: course.id,
    capacity: course.capacity,
    checkSandbox: newSandboxId(randomBytes(10)),
    boundarySandbox: newSandboxId(randomBytes(10)),
  };
  await insertSeatRace(readModel, race);
  return { ...race, createdAt: new Date().toISOString() };
}

/**
 * Both sides, so that what a racer saw can be shown: the race's own deps project every check-side enrolment
 * at once (as fast as a read model can be), and decide every boundary-side one without a shared queue.
 */
function raceDeps(deps: RaceDeps): { check: CommandDeps; boundary: CommandDeps } {
  // One projection at a time: eight at once all update the course's count row, and MySQL answers some of them
  // with a deadlock (the projector would then bring those a moment later, after the page had shown the count).
  const inTurn = createKeyedQueue();
  const projectNow: CommandDeps["projectInline"] = (streamId, events) =>
    inTurn.run("projection", () => deps.projectInline(streamId, events, { force: true }));
  return {
    check: { store: deps.store, readModel: deps.readModel, projectInline: projectNow },
    boundary: { store: deps.store, readModel: deps.readModel, projectInline: deps.projectInline },
  };
}

async function registerRacer(deps: CommandDeps, racer: Racer, sandbox: string): Promise<string> {
  const result = await registerStudent(
    deps,
    { fullName: racer.name, email: `${racer.key}@race.example.edu`, dateOfBirth: "2004-05-06" },
    { sandbox },
  );
  if (result.status !== "ok") throw new Error(`could not register ${racer.name}: ${JSON.stringify(result)}`);
  return result.studentId;
}

const outcomeOf = (result: StudentCommandResult): SeatRaceOutcome =>
  result.status === "ok"
    ? "enrolled"
    : result.status === "rejected" && result.error.code === "course_full"
      ? "full"
      : "error";

/**
 * Races `racers` on both sides and records every attempt. On the check side every racer reads the count
 * before any of them appends: what happens whenever enrolments arrive within the projection lag.
 */
export async function raceForSeats(deps: RaceDeps, race: SeatRaceRow, racers: readonly Racer[]): Promise<void> {
  const sides = raceDeps(deps);
  const input = (studentId: string) => ({ studentId, courseId: race.courseId });
  const [checkIds, boundaryIds] = await Promise.all([
    Promise.all(racers.map((racer) => registerRacer(sides.check, racer, race.checkSandbox))),
    Promise.all(racers.map((racer) => registerRacer(sides.boundary, racer, race.boundarySandbox))),
  ]);
  const counts = await Promise.all(racers.map(() => seatsTaken(deps.readModel, race.checkSandbox, race.courseId)));
  const checked = await Promise.all(
    racers.map((_, i) =>
      enrolAgainstSeatCount(sides.check, input(checkIds[i]!), { sandbox: race.checkSandbox }, counts[i]!),
    ),
  );
  const bounded = await Promise.all(
    racers.map((_, i) =>
      enrolWithinCapacity(sides.boundary, input(boundaryIds[i]!), { sandbox: race.boundarySandbox }),
    ),
  );
  await Promise.all(
    racers.flatMap((racer, i) => [
      recordSeatRaceAttempt(deps.readModel, {
        raceId: race.id,
        side: "check",
        racerKey: racer.key,
        racerName: racer.name,
        studentId: checkIds[i]!,
        outcome: outcomeOf(checked[i]!),
        conflicts: 0,
      }),
      recordSeatRaceAttempt(deps.readModel, {
        raceId: race.id,
        side: "boundary",
        racerKey: racer.key,
        racerName: racer.name,
        studentId: boundaryIds[i]!,
        outcome: outcomeOf(bounded[i]!.result),
        conflicts: bounded[i]!.conflicts,
      }),
    ]),
  );
}

/** Walkthrough step 10: a new race of eight racers, owned by the sandbox of whoever pressed the button. */
export async function runSoloSeatRace(deps: RaceDeps, ownerSandbox: string): Promise<SeatRaceRow> {
  const race = await createSeatRace(deps.readModel, { ownerSandbox, classId: null });
  const racers = Array.from({ length: SOLO_RACERS }, (_, i) => ({ key: `racer-${i + 1}`, name: `Racer ${i + 1}` }));
  await raceForSeats(deps, race, racers);
  return race;
}
