/**
 * The class-wide last-seat race (docs/classes.md): the instructor starts a race for the three seats of the
 * smallest course; each learner takes a seat once, on both sides of walkthrough step 10's race (the read-model
 * check and the consistency boundary), as a student named after them. The class view shows who got the seats.
 */
import "server-only";
import { ok, rejected, type ActionState } from "@/lib/forms/action-state";
import { findClass, type LearnerView } from "@/lib/read-model/class-queries";
import {
  findSeatRaceAttempt,
  latestClassSeatRace,
  type SeatRaceOutcome,
  type SeatRaceRow,
} from "@/lib/read-model/seat-race-queries";
import type { Stores } from "@/lib/server/app";
import { createSeatRace, raceForSeats, type RaceDeps } from "@/lib/walkthrough/seat-race";
import { loadSeatRaceView, type SeatRaceView } from "@/lib/walkthrough/seat-race-view";

export async function startClassSeatRace(deps: RaceDeps, classId: string): Promise<ActionState> {
  const found = await findClass(deps.readModel, classId);
  if (!found?.sharedSandbox) return rejected("No such class.");
  await createSeatRace(deps.readModel, { ownerSandbox: found.sharedSandbox, classId });
  return ok("The race for the last seats is on: every learner's class page now offers a seat.");
}

/** One learner's try for a seat in the class's running race; a second try is refused, not raced again. */
export async function takeClassSeat(deps: RaceDeps, learner: LearnerView): Promise<ActionState> {
  const race = await latestClassSeatRace(deps.readModel, learner.classId);
  if (!race) return rejected("No race for seats runs in your class right now.");
  if (await findSeatRaceAttempt(deps.readModel, race.id, learner.learnerId))
    return rejected("You have raced in this round already: one try each.");
  await raceForSeats(deps, race, [{ key: learner.learnerId, name: learner.displayName }]);
  const mine = await findSeatRaceAttempt(deps.readModel, race.id, learner.learnerId);
  if (mine?.outcome === "enrolled") return ok("You got a seat.");
  if (mine?.outcome === "full") return ok("The course is full: every seat was taken before yours.");
  return rejected("Your enrolment could not be saved just now. Please try again.");
}

export interface ClassSeatRace {
  race: SeatRaceRow;
  view: SeatRaceView;
}

/** The class's newest race as the stores hold it, for the class view; undefined before the first. */
export async function loadClassSeatRace(stores: Stores, classId: string): Promise<ClassSeatRace | undefined> {
  const race = await latestClassSeatRace(stores.readModel, classId);
  return race && { race, view: await loadSeatRaceView(stores, race) };
}

/** A learner's own outcome in the class's running race (undefined before they raced); undefined when none runs. */
export async function loadLearnerSeatRace(
  stores: Stores,
  learner: LearnerView,
): Promise<{ outcome: SeatRaceOutcome | undefined } | undefined> {
  const race = await latestClassSeatRace(stores.readModel, learner.classId);
  if (!race) return undefined;
  const mine = await findSeatRaceAttempt(stores.readModel, race.id, learner.learnerId);
  return { outcome: mine?.outcome as SeatRaceOutcome | undefined };
}
