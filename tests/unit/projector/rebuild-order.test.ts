/**
 * A rebuild folds pages in whatever order the parallel Scan gives them. The result must not depend on it:
 * every order of pages and events gives the same read model, with hostile events among them (case twins,
 * registrations that name another student, unknown courses).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import type { RecordedEvent } from "@/lib/event-store/types";
import { applyCommits } from "@/lib/projector/apply-commits";
import { createCollectingTransaction } from "@/lib/projector/collecting-transaction";
import { createInOrderRelease } from "@/lib/projector/in-order-release";
import { hostileAppends } from "@/tests/support/hostile-events";

async function storedEvents(seed: number): Promise<RecordedEvent[]> {
  const store = createInMemoryEventStore();
  for (const { streamId, events } of hostileAppends(seed, 120)) await store.appendToStream(streamId, events);
  const events: RecordedEvent[] = [];
  for await (const page of store.readEverything()) events.push(...page);
  return events;
}

async function fold(pages: readonly RecordedEvent[][]) {
  const { tx, collected } = createCollectingTransaction();
  const inOrder = createInOrderRelease();
  const store = createInMemoryEventStore();
  for (const page of pages) await applyCommits(tx, store, inOrder.release(page));
  expect(inOrder.streamsWithGaps()).toEqual([]);
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    students: sorted(collected.students),
    checkpoints: sorted(collected.checkpoints),
    courses: sorted(collected.courseCounts),
    log: collected.log
      .map((l) => [l.event.streamId, l.event.revision, l.status, l.reason ?? null, l.rows.join()].join("|"))
      .sort(),
  };
}

describe("a rebuild's fold", () => {
  it("gives the same read model whatever order the pages and events arrive in", async () => {
    const events = await storedEvents(77);
    const inOrder = await fold([events]);
    expect(inOrder.students.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(events, { minLength: events.length }),
        fc.integer({ min: 1, max: 40 }),
        async (shuffled, pageSize) => {
          const pages = Array.from({ length: Math.ceil(shuffled.length / pageSize) }, (_, i) =>
            shuffled.slice(i * pageSize, (i + 1) * pageSize),
          );
          expect(await fold(pages)).toEqual(inOrder);
        },
      ),
      { seed: 31, numRuns: 25 },
    );
  });
});
