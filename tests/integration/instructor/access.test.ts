/**
 * The access rule in front of every instructor control, against the real read model: a refused control must
 * change nothing, an allowed one must really change the projector's control row.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { checkInstructorAccess, unlockToken } from "@/lib/instructor/access";
import { asInstructor, projectorFromForm } from "@/lib/instructor/instructor-commands";
import { readProjectorControl, setProjectorControl } from "@/lib/read-model/projector-queries";
import { app, closeApp } from "@/lib/server/app";

const SECRET = "integration-instructor-secret";

function pauseForm(): FormData {
  const form = new FormData();
  form.set("command", "pause");
  return form;
}

const pause = (cookie: string | undefined, settings: Parameters<typeof checkInstructorAccess>[0]) =>
  asInstructor(checkInstructorAccess(settings, cookie), "pause the projector", () =>
    projectorFromForm(app(), pauseForm()),
  );

afterEach(async () => {
  await setProjectorControl(app().readModel, { paused: false, delayMs: 0 });
});

afterAll(async () => {
  await closeApp();
});

describe("instructor controls", () => {
  it("are refused in production without INSTRUCTOR_SECRET, saying why, and change nothing", async () => {
    await setProjectorControl(app().readModel, { paused: false, delayMs: 0 });
    const state = await pause(undefined, { instructorSecret: undefined, nodeEnv: "production" });
    expect(state).toMatchObject({ status: "refused", message: expect.stringMatching(/INSTRUCTOR_SECRET/) });
    expect((await readProjectorControl(app().readModel)).paused).toBe(false);
  });

  it("are refused with a secret set until the browser has unlocked them", async () => {
    const settings = { instructorSecret: SECRET, nodeEnv: "production" } as const;
    for (const cookie of [undefined, unlockToken("wrong secret"), SECRET]) {
      expect(await pause(cookie, settings)).toMatchObject({
        status: "refused",
        message: expect.stringMatching(/unlock/i),
      });
    }
    expect((await readProjectorControl(app().readModel)).paused).toBe(false);
  });

  it("work with the unlock cookie of the configured secret", async () => {
    const state = await pause(unlockToken(SECRET), { instructorSecret: SECRET, nodeEnv: "production" });
    expect(state).toMatchObject({ status: "ok" });
    expect((await readProjectorControl(app().readModel)).paused).toBe(true);
  });

  it("work without a secret on a development server", async () => {
    const state = await pause(undefined, { instructorSecret: undefined, nodeEnv: "development" });
    expect(state).toMatchObject({ status: "ok" });
    expect((await readProjectorControl(app().readModel)).paused).toBe(true);
  });
});
