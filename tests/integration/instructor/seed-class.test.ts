/** Seeding against the real DynamoDB, on this file's own events table. */
import { describe, expect, it } from "vitest";
import { deleteEventsTable, ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { seedSampleClass } from "@/lib/instructor/seed-class";
import { planSampleClass } from "@/lib/instructor/sample-class";
import { useTestStores } from "@/tests/support/test-stores";
import { app, renewEventStore } from "@/lib/server/app";

useTestStores("walkthrough-seed");

/** Every event in the store, in feed order, without what the store stamps itself (time and position). */
async function storedEvents() {
  const events = [];
  let from: string | undefined;
  do {
    const page = await app().store.readAll({ from, maxCount: 1000 });
    events.push(...page.events.map(({ recordedAt: _at, position: _position, ...event }) => event));
    from = page.nextPosition;
  } while (from);
  return events;
}

async function emptyTable() {
  const { dynamo: client, tableName } = app();
  await deleteEventsTable(client, tableName);
  await ensureEventsTable(client, tableName);
  renewEventStore();
}

// A smaller class than the default 30 students keeps the run short; the plan's determinism at full size is a unit test.
const CLASS = { students: 8, actions: 60 };

describe("seeding the sample class", () => {
  it("stores the planned class, and the same seed stores identical events again after a reset", async () => {
    const first = await seedSampleClass(app().store, 4242, CLASS);
    const plan = planSampleClass(4242, CLASS);
    expect(first).toEqual({ seed: 4242, students: 8, events: plan.appends.length, appended: plan.appends.length });
    const once = await storedEvents();
    expect(once).toHaveLength(plan.appends.length);
    // The feed lists the class in the planned order.
    expect(once.map((e) => e.id)).toEqual(plan.appends.map((a) => a.event.id));

    await emptyTable();
    expect(await storedEvents()).toEqual([]);
    await seedSampleClass(app().store, 4242, CLASS);
    expect(await storedEvents()).toEqual(once);
  });

  it("writes nothing when the same seed is seeded twice without a reset", async () => {
    const before = await storedEvents();
    const again = await seedSampleClass(app().store, 4242, CLASS);
    expect(again.appended).toBe(0);
    expect(await storedEvents()).toEqual(before);
  });

  it("adds a different class for a different seed", async () => {
    const before = await storedEvents();
    const other = await seedSampleClass(app().store, 7, { students: 3, actions: 6 });
    expect(other.appended).toBe(other.events);
    expect((await storedEvents()).length).toBe(before.length + other.events);
  });
});
