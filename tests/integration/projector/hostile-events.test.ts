/**
 * Generated hostile events (tests/support/hostile-events.ts) appended through the real store while the real
 * projector runs. Afterwards: the projector is still running, every stored event was applied, skipped or
 * parked exactly once, a rebuild equals the live read model row for row, and no read of those streams (the
 * store, the student page's loader, the HTTP API) fails. `npm run test:hostile` runs the same with more events.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileAppends } from "@/tests/support/hostile-events";
import { eventually } from "@/tests/support/projector-harness";
import { readModelRows } from "@/tests/support/read-model-rows";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { config } from "@/lib/config";
import { emptyReadModel } from "@/lib/read-model/reset";
import { listProjectorFailures, readProjectorStatus } from "@/lib/read-model/projector-queries";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { loadStudentHistory } from "@/lib/students/student-history";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import * as streamRoute from "@/app/api/streams/[streamId]/route";
import * as eventsRoute from "@/app/api/events/route";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp, createAppProjector } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

const { tableName } = useTestStores("hostile");

const SEEDS = (process.env.HOSTILE_SEEDS ?? "1207,4242").split(",").map(Number);
const APPENDS_PER_SEED = Number(process.env.HOSTILE_APPENDS ?? 80);

const store = app().store;
const lines: string[] = [];
const { projector, close } = createAppProjector(app(), (line) => lines.push(line), { idleMs: 20 });
const stop = new AbortController();
let running: Promise<void>;

beforeAll(async () => {
  const client = createDynamoClient(config().dynamo);
  await ensureEventsTable(client, tableName);
  client.destroy();
  await emptyReadModel(app().readModel);
  running = projector.run(stop.signal);
});

afterAll(async () => {
  stop.abort();
  await running;
  close();
  await closeApp();
});

describe.each(SEEDS)("hostile appends, seed %i", (seed) => {
  it("never stop the projector, are each handled once, rebuild to the same rows and never fail a read", async () => {
    const heads = new Map<string, number>();
    let refused = 0;
    for (const { streamId, events } of hostileAppends(seed, APPENDS_PER_SEED)) {
      try {
        const result = await store.appendToStream(streamId, events);
        heads.set(streamId, result.nextExpectedRevision);
      } catch (error) {
        // The store's own validation (sizes, shapes) refuses some before anything is written.
        if (!(error instanceof Error) || !/Invalid|TooLarge|too large|not JSON/i.test(`${error.name} ${error.message}`))
          throw error;
        refused += 1;
      }
    }
    const stored = [...heads.values()].reduce((a, b) => a + b, 0);
    expect(stored).toBeGreaterThan(APPENDS_PER_SEED); // most appends were stored, several events each

    // Every stored event of every stream this file wrote (all seeds so far) gets exactly one log row.
    const storedKeys = async () => {
      const keys: string[] = [];
      for (const streamId of heads.keys())
        for (const e of (await store.readStream(streamId)).events) keys.push(`${e.streamId}#${e.revision}`);
      return keys;
    };
    const mine = (rows: Awaited<ReturnType<typeof readModelRows>>) => rows.events.filter((e) => heads.has(e.streamId));
    await eventually(async () => mine(await readModelRows()).length >= stored || undefined, { timeoutMs: 60_000 });
    const live = await readModelRows();
    expect(
      mine(live)
        .map((e) => `${e.streamId}#${e.revision}`)
        .sort(),
    ).toEqual((await storedKeys()).sort());
    expect(mine(live).filter((e) => !["applied", "skipped", "failed"].includes(e.status))).toEqual([]);
    expect(await listProjectorFailures(app().readModel)).toEqual([]);
    expect((await readProjectorStatus(app().readModel))?.state).toBe("running");
    expect(lines.filter((line) => /failed|parking/.test(line))).toEqual([]);

    // Reads of those streams never fail.
    for (const streamId of heads.keys()) {
      const response = await streamRoute.GET(new Request(`http://localhost/api/streams/${streamId}`), {
        params: Promise.resolve({ streamId }),
      });
      expect(response.status, streamId).toBe(200);
      const studentId = studentIdOfStream(streamId);
      if (studentId !== undefined)
        await expect(loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId)).resolves.toBeDefined();
    }
    for (let from: string | undefined, pages = 0; pages === 0 || from; pages += 1) {
      const url = `http://localhost/api/events?limit=1000${from ? `&from=${encodeURIComponent(from)}` : ""}`;
      const response = await eventsRoute.GET(new Request(url));
      expect(response.status).toBe(200);
      from = ((await response.json()) as { next: string | null }).next ?? undefined;
    }

    // The rebuild reads the same events in its own order and must produce the same rows.
    stop.signal.throwIfAborted();
    await rebuildReadModel(store, app().readModel);
    expect(await readModelRows()).toEqual(live);
    console.log(
      `seed ${seed}: ${stored} events stored in ${heads.size} streams (${refused} appends refused by the store); outcomes ${JSON.stringify(countBy(mine(live).map((e) => (e.status === "skipped" ? (e.reason ?? "").replace(/[^a-z ].*/i, "") : e.status))))}`,
    );
  });
});

function countBy(values: string[]) {
  return values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});
}
