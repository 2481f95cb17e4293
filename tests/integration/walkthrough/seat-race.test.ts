/** Step 10's race on the real stores: the read-model check oversells, the boundary never does. */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findCourse } from "@/lib/domain/courses";
import { newSandboxId } from "@/lib/domain/sandbox";
import { RACE_COURSE, runSoloSeatRace, SOLO_RACERS } from "@/lib/walkthrough/seat-race";
import { loadOwnSeatRace } from "@/lib/walkthrough/seat-race-view";
import { useTestStores } from "@/tests/support/test-stores";

const stores = useTestStores("seat-race");
const capacity = findCourse(RACE_COURSE)!.capacity;

describe("the last-seat race", () => {
  it("oversells through the read-model check and fills exactly the capacity inside the boundary", async () => {
    const owner = newSandboxId(randomBytes(10));
    const race = await runSoloSeatRace(stores, owner);
    const view = await loadOwnSeatRace(stores, owner, race.id);
    expect(view).toBeDefined();
    const { check, boundary } = view!;

    // Every racer read the count before any enrolment was projected: all of them got in.
    expect(check.racers).toHaveLength(SOLO_RACERS);
    expect(check.seated).toBe(SOLO_RACERS);
    expect(check.oversold).toBe(SOLO_RACERS - capacity);
    expect(check.readModelCount).toBe(SOLO_RACERS);

    expect(boundary.racers).toHaveLength(SOLO_RACERS);
    expect(boundary.seated).toBe(capacity);
    expect(boundary.oversold).toBe(0);
    expect(boundary.racers.filter((r) => r.outcome === "enrolled")).toHaveLength(capacity);
    expect(boundary.racers.filter((r) => r.outcome === "full")).toHaveLength(SOLO_RACERS - capacity);
    // The racers told "enrolled" are exactly those the event store seats.
    for (const racer of boundary.racers) expect(racer.seated).toBe(racer.outcome === "enrolled");
    // Eight racers on one read: the condition refused all but one append at least once.
    expect(boundary.conflicts).toBeGreaterThan(0);
  });

  it("is shown only to the sandbox that ran it", async () => {
    const owner = newSandboxId(randomBytes(10));
    const race = await runSoloSeatRace(stores, owner);
    expect(await loadOwnSeatRace(stores, newSandboxId(randomBytes(10)), race.id)).toBeUndefined();
    expect(await loadOwnSeatRace(stores, "-", race.id)).toBeUndefined();
  });
});
