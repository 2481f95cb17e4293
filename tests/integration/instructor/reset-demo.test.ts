/** The instructor's reset against the real stores: this file's own events table, and the test read model. */
import { afterAll, describe, expect, it } from "vitest";
import { readModelSize } from "@/lib/read-model/instructor-queries";
import { readProjectorControl, setProjectorControl } from "@/lib/read-model/projector-queries";
import { seedSampleClass } from "@/lib/instructor/seed-class";
import { planSampleClass } from "@/lib/instructor/sample-class";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp, resetDemo } from "@/lib/server/app";

useTestStores("walkthrough-reset");

afterAll(async () => {
  await closeApp();
});

describe("resetting the demo data", () => {
  it("empties the event store and the read model, and leaves the projector unpaused", async () => {
    const options = { students: 3, actions: 6 };
    await seedSampleClass(app().store, 99, options);
    for (const streamId of new Set(planSampleClass(99, options).appends.map((a) => a.streamId))) {
      const { events } = await app().store.readStream(streamId);
      expect(await app().projectInline(streamId, events, { force: true })).toBe(true);
    }
    await setProjectorControl(app().readModel, { delayMs: 5000 });
    expect((await app().store.readAll()).events.length).toBeGreaterThan(0);
    expect((await readModelSize(app().readModel)).students).toBeGreaterThanOrEqual(3);
    const storeBefore = app().store;

    await resetDemo();

    expect(app().store).not.toBe(storeBefore);
    expect((await app().store.readAll()).events).toEqual([]);
    expect((await app().store.listStreams()).streams).toEqual([]);
    expect(await readModelSize(app().readModel)).toEqual({ students: 0, enrolments: 0, projectedEvents: 0 });
    expect(await readProjectorControl(app().readModel)).toEqual({ paused: false, delayMs: 0 });
  });

  it("leaves a table that takes new events at once", async () => {
    await seedSampleClass(app().store, 100, { students: 1, actions: 1 });
    expect((await app().store.readAll()).events.length).toBeGreaterThan(0);
  });
});
