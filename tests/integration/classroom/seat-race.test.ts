/**
 * The class race for the last seats on the real stores: six learners try at once for three seats; the
 * boundary seats exactly three of them, each told the truth; a second try is refused; the class view names them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { joinClassFromForm, openClassFromForm } from "@/lib/classroom/class-commands";
import {
  loadClassSeatRace,
  loadLearnerSeatRace,
  startClassSeatRace,
  takeClassSeat,
} from "@/lib/classroom/seat-race-activity";
import { findLearner, type LearnerView } from "@/lib/read-model/class-queries";
import { app } from "@/lib/server/app";
import { useTestStores } from "@/tests/support/test-stores";

useTestStores("class-seat-race", { INSTRUCTOR_SECRET: "seat race test secret" });

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const NAMES = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Leslie"];
let classId = "";
const learners: LearnerView[] = [];

beforeAll(async () => {
  const opened = await openClassFromForm(app().readModel, form({ className: "Seat race" }));
  classId = opened.status === "ok" ? opened.params!.class! : "";
  for (const displayName of NAMES) {
    const joined = await joinClassFromForm(app().readModel, classId, form({ displayName }));
    learners.push((await findLearner(app().readModel, joined.learnerId!))!);
  }
});

describe("the class race for the last seats", () => {
  it("refuses a try before the instructor starts a round", async () => {
    expect(await loadClassSeatRace(app(), classId)).toBeUndefined();
    expect(await takeClassSeat(app(), learners[0]!)).toMatchObject({ status: "rejected" });
  });

  it("seats exactly three of six learners trying at once, and tells each the truth", async () => {
    expect((await startClassSeatRace(app(), classId)).status).toBe("ok");
    const answers = await Promise.all(learners.map((learner) => takeClassSeat(app(), learner)));
    expect(answers.every((answer) => answer.status === "ok")).toBe(true);
    const winners = NAMES.filter((_, i) => answers[i]!.status === "ok" && answers[i]!.message === "You got a seat.");
    expect(winners).toHaveLength(3);

    const { view } = (await loadClassSeatRace(app(), classId))!;
    expect(view.boundary.seated).toBe(3);
    expect(view.boundary.oversold).toBe(0);
    expect(
      view.boundary.racers
        .filter((r) => r.seated)
        .map((r) => r.name)
        .sort(),
    ).toEqual([...winners].sort());
    expect(view.check.racers).toHaveLength(NAMES.length);

    // One try each: a second is refused and changes nothing.
    expect(await takeClassSeat(app(), learners[0]!)).toMatchObject({ status: "rejected" });
    expect((await loadClassSeatRace(app(), classId))!.view.boundary.racers).toHaveLength(NAMES.length);
    const mine = await loadLearnerSeatRace(app(), learners[0]!);
    expect(mine?.outcome).toBe(winners.includes(NAMES[0]!) ? "enrolled" : "full");
  });

  it("starts a new round with every seat free", async () => {
    expect((await startClassSeatRace(app(), classId)).status).toBe("ok");
    expect(await loadLearnerSeatRace(app(), learners[0]!)).toEqual({ outcome: undefined });
    expect(await takeClassSeat(app(), learners[0]!)).toMatchObject({ status: "ok", message: "You got a seat." });
  });
});
