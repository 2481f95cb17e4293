/** The last-seat races in MySQL (walkthrough step 10 and the class race): the races and each racer's attempts. */
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { seatRaceAttempts, seatRaces } from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";

export type SeatRaceRow = typeof seatRaces.$inferSelect;
export type SeatRaceAttemptRow = typeof seatRaceAttempts.$inferSelect;
export type SeatRaceSide = "check" | "boundary";
export type SeatRaceOutcome = "enrolled" | "full" | "error";

export async function insertSeatRace(readModel: ReadModel, race: Omit<SeatRaceRow, "createdAt">): Promise<void> {
  await readModel.db.insert(seatRaces).values({ ...race, createdAt: toSqlDateTime(new Date()) });
}

export async function findSeatRace(readModel: ReadModel, raceId: string): Promise<SeatRaceRow | undefined> {
  const [row] = await readModel.db.select().from(seatRaces).where(eq(seatRaces.id, raceId));
  return row;
}

/** The class's newest race, if it has one. */
export async function latestClassSeatRace(readModel: ReadModel, classId: string): Promise<SeatRaceRow | undefined> {
  const [row] = await readModel.db
    .select()
    .from(seatRaces)
    .where(eq(seatRaces.classId, classId))
    .orderBy(desc(seatRaces.createdAt))
    .limit(1);
  return row;
}

/** false when this racer already has an attempt on this side (a second click): nothing is recorded twice. */
export async function recordSeatRaceAttempt(
  readModel: ReadModel,
  attempt: Omit<SeatRaceAttemptRow, "id" | "at">,
): Promise<boolean> {
  const [result] = await readModel.db
    .insert(seatRaceAttempts)
    .ignore()
    .values({ ...attempt, at: toSqlDateTime(new Date()) });
  return result.affectedRows === 1;
}

/** A racer's attempt on the boundary side (the one that decides who holds a seat), if they raced. */
export async function findSeatRaceAttempt(
  readModel: ReadModel,
  raceId: string,
  racerKey: string,
): Promise<SeatRaceAttemptRow | undefined> {
  const [row] = await readModel.db
    .select()
    .from(seatRaceAttempts)
    .where(
      and(
        eq(seatRaceAttempts.raceId, raceId),
        eq(seatRaceAttempts.racerKey, racerKey),
        eq(seatRaceAttempts.side, "boundary"),
      ),
    )
    .limit(1);
  return row;
}

export async function listSeatRaceAttempts(readModel: ReadModel, raceId: string): Promise<SeatRaceAttemptRow[]> {
  return readModel.db
    .select()
    .from(seatRaceAttempts)
    .where(eq(seatRaceAttempts.raceId, raceId))
    .orderBy(seatRaceAttempts.at, seatRaceAttempts.id);
}
