/** The instructor's reset against the real stores: this file's own events table, and the test read model. */
import { afterAll, describe, expect, it } from "vitest";
import { eventStore } from "@/lib/server/event-store";
import { closeReadModel } from "@/lib/read-model/client";
import { readModelSize } from "@/lib/read-model/instructor-queries";
import { readProjectorControl, setProjectorControl } from "@/lib/read-model/projector-queries";
import { projectInline } from "@/lib/projector/inline-projection";
import { seedSampleClass } from "@/lib/instructor/seed-class";
import { planSampleClass } from "@/lib/instructor/sample-class";
import { resetDemoData } from "@/lib/instructor/reset-demo";
import { useTestStores } from "@/tests/support/test-stores";

useTestStores("walkthrough-reset");

afterAll(async () => {
  await closeReadModel();
});

describe("resetting the demo data", () => {
  it("empties the event store and the read model, and leaves the projector unpaused", async () => {
    const options = { students: 3, actions: 6 };
    await seedSampleClass(99, options);
    for (const streamId of new Set(planSampleClass(99, options).appends.map((a) => a.streamId))) {
      const { events } = await eventStore().readStream(streamId);
      expect(await projectInline(streamId, events, { force: true })).toBe(true);
    }
    await setProjectorControl({ delayMs: 5000 });
    expect((await eventStore().readAll()).events.length).toBeGreaterThan(0);
    expect((await readModelSize()).students).toBeGreaterThanOrEqual(3);
    const storeBefore = eventStore();

    await resetDemoData();

    expect(eventStore()).not.toBe(storeBefore);
    expect((await eventStore().readAll()).events).toEqual([]);
    expect((await eventStore().listStreams()).streams).toEqual([]);
    expect(await readModelSize()).toEqual({ students: 0, enrolments: 0, projectedEvents: 0 });
    expect(await readProjectorControl()).toEqual({ paused: false, delayMs: 0 });
  });

  it("leaves a table that takes new events at once", async () => {
    await seedSampleClass(100, { students: 1, actions: 1 });
    expect((await eventStore().readAll()).events.length).toBeGreaterThan(0);
  });
});
