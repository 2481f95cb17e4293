/**
 * A last-seat race as it really ended, for step 10 and the class view: each side's racers and what they were
 * told (recorded), and the seats as the stores hold them now (the event store's seat events on both sides, the
 * read model's count on the check side), so the page shows what happened, not what the race code believed.
 */
import "server-only";
import { courseTitle } from "@/lib/domain/courses";
import {
  findSeatRace,
  listSeatRaceAttempts,
  type SeatRaceAttemptRow,
  type SeatRaceOutcome,
  type SeatRaceRow,
} from "@/lib/read-model/seat-race-queries";
import { seatsTaken } from "@/lib/read-model/student-queries";
import type { Stores } from "@/lib/server/app";
import { readCourseSeats } from "@/lib/students/course-seats";

export interface RacerLine {
  name: string;
  outcome: SeatRaceOutcome;
  conflicts: number;
  /** Holds a seat in the event store now. */
  seated: boolean;
}

export interface SeatRaceSideView {
  racers: RacerLine[];
  /** Students holding a seat according to the event store's seat events. */
  seated: number;
  /** How many more than the capacity that is (0 when the course held). */
  oversold: number;
  conflicts: number;
}

export interface SeatRaceView {
  id: string;
  classId: string | null;
  courseTitle: string;
  capacity: number;
  check: SeatRaceSideView & { readModelCount: number };
  boundary: SeatRaceSideView;
}

function side(
  attempts: readonly SeatRaceAttemptRow[],
  which: "check" | "boundary",
  holders: readonly string[],
  capacity: number,
): SeatRaceSideView {
  const seatedIds = new Set(holders);
  const racers = attempts
    .filter((attempt) => attempt.side === which)
    .map((attempt) => ({
      name: attempt.racerName,
      outcome: attempt.outcome as SeatRaceOutcome,
      conflicts: attempt.conflicts,
      seated: seatedIds.has(attempt.studentId),
    }));
  return {
    racers,
    seated: holders.length,
    oversold: Math.max(0, holders.length - capacity),
    conflicts: racers.reduce((sum, racer) => sum + racer.conflicts, 0),
  };
}

export async function loadSeatRaceView(stores: Stores, race: SeatRaceRow): Promise<SeatRaceView> {
  const [attempts, checkSeats, boundarySeats, readModelCount] = await Promise.all([
    listSeatRaceAttempts(stores.readModel, race.id),
    readCourseSeats(stores.store, race.courseId, race.checkSandbox),
    readCourseSeats(stores.store, race.courseId, race.boundarySandbox),
    seatsTaken(stores.readModel, race.checkSandbox, race.courseId),
  ]);
  return {
    id: race.id,
    classId: race.classId,
    courseTitle: courseTitle(race.courseId),
    capacity: race.capacity,
    check: { ...side(attempts, "check", checkSeats.holders, race.capacity), readModelCount },
    boundary: side(attempts, "boundary", boundarySeats.holders, race.capacity),
  };
}

/** The race a walkthrough URL names, only when it belongs to this sandbox (another's is as if it did not exist). */
export async function loadOwnSeatRace(
  stores: Stores,
  sandbox: string,
  raceId: string | undefined,
): Promise<SeatRaceView | undefined> {
  if (!raceId) return undefined;
  const race = await findSeatRace(stores.readModel, raceId);
  return race && race.ownerSandbox === sandbox ? loadSeatRaceView(stores, race) : undefined;
}
