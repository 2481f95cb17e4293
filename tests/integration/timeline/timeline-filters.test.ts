/**
 * The timeline's server-side filters and names, against the real stores: events are appended to the test
 * DynamoDB, and their projected_events rows (and students rows) written straight into MariaDB, as the projector
 * would, under ids of this run. Other tests share both stores, so every check is scoped to this run's streams.
 */
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFilterOptions, loadMatchingEvents } from "@/lib/timeline/filter-data";
import { loadNameHistories } from "@/lib/timeline/name-data";
import type { RecordedEvent } from "@/lib/event-store/types";
import { projectedEvents, students } from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";
import { countMatchingByType, matchingEvents } from "@/lib/read-model/timeline-filter-queries";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { app, closeApp, renewEventStore } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

const run = randomUUID().slice(0, 8);
const ada = `tf-${run}-ada`;
const twinA = `tf-${run}-twin-a`;
const twinB = `tf-${run}-twin-b`;
const demo = `tf-${run}-demo`;
const email = "someone@example.com";
const registered = (studentId: string, fullName: string) => ({
  type: "StudentRegistered",
  schemaVersion: 2,
  data: { studentId, fullName, email, dateOfBirth: "1990-01-01" },
});
const enrolled = (studentId: string) => ({ type: "StudentEnrolled", data: { studentId, courseId: "web-development" } });
const stored: RecordedEvent[] = [];

async function append(
  streamId: string,
  ...events: { type: string; data: Record<string, string>; schemaVersion?: number }[]
) {
  stored.push(...(await app().store.appendToStream(streamId, events)).events);
}

beforeAll(async () => {
  await append(studentStreamId(ada), registered(ada, "Ada Byron"), enrolled(ada));
  await append(studentStreamId(ada), {
    type: "StudentDetailsUpdated",
    data: { studentId: ada, fullName: "Ada Lovelace", email },
  });
  await append(studentStreamId(twinA), registered(twinA, "Edsger Dijkstra"));
  await append(studentStreamId(twinB), registered(twinB, "Edsger Dijkstra"));
  await append(demo, { type: "Greeted", data: { who: "class" } });
  const { db } = app().readModel;
  await db.insert(projectedEvents).values(
    stored.map((e) => ({
      streamId: e.streamId,
      revision: e.revision,
      eventId: e.id,
      type: e.type,
      status: e.streamId === demo ? "skipped" : "applied",
      reason: null,
      changedRows: [],
      recordedAt: toSqlDateTime(e.recordedAt),
      projectedAt: toSqlDateTime(e.recordedAt),
      lagMs: 0,
    })),
  );
  const now = toSqlDateTime(new Date());
  const row = (id: string, fullName: string) => ({
    id,
    fullName,
    email,
    dateOfBirth: "1990-01-01",
    revision: 1,
    createdAt: now,
    updatedAt: now,
  });
  await db
    .insert(students)
    .values([row(ada, "Ada Lovelace"), row(twinA, "Edsger Dijkstra"), row(twinB, "Edsger Dijkstra")]);
});

afterAll(async () => {
  const { db } = app().readModel;
  await db.delete(projectedEvents).where(
    inArray(
      projectedEvents.eventId,
      stored.map((e) => e.id),
    ),
  );
  await db.delete(students).where(inArray(students.id, [ada, twinA, twinB]));
  renewEventStore();
  await closeApp();
});

const keys = (events: readonly { streamId: string; revision: number }[]) =>
  events.map((e) => `${e.streamId}@${e.revision}`);

describe("finding the events that match a filter, loaded or not", () => {
  it("reads one stream's events from the store, newest first, with what the projector did with each", async () => {
    const page = await loadMatchingEvents(
      { ...app(), sandbox: DEFAULT_SANDBOX },
      { streamId: studentStreamId(ada) },
      undefined,
    );
    expect(keys(page.events)).toEqual([3, 2, 1].map((revision) => `${studentStreamId(ada)}@${revision}`));
    expect(page.events.map((e) => e.id)).toEqual(
      stored
        .filter((e) => e.streamId === studentStreamId(ada))
        .map((e) => e.id)
        .reverse(),
    );
    expect(page.events[0]?.data).toMatchObject({ fullName: "Ada Lovelace" });
    expect(page.projections[page.events[0]!.id]).toMatchObject({ status: "applied" });
    expect(page.names).toEqual({ [ada]: "Ada Lovelace" });
    expect(page.next).toBeNull();
  });

  it("pages with a cursor, never repeating or skipping an event", async () => {
    const filter = { streamId: studentStreamId(ada) };
    const first = await matchingEvents(app().readModel, DEFAULT_SANDBOX, filter, undefined, 2);
    expect(first.rows.map((r) => r.revision)).toEqual([3, 2]);
    const second = await matchingEvents(app().readModel, DEFAULT_SANDBOX, filter, first.next, 2);
    expect(second.rows.map((r) => r.revision)).toEqual([1]);
    expect(second.next).toBeUndefined();
  });

  it("combines types and revisions", async () => {
    const page = await loadMatchingEvents(
      { ...app(), sandbox: DEFAULT_SANDBOX },
      { streamId: studentStreamId(ada), types: ["StudentEnrolled", "StudentDetailsUpdated"], minRevision: 3 },
      undefined,
    );
    expect(keys(page.events)).toEqual([`${studentStreamId(ada)}@3`]);
  });

  it("counts each type among the events passing the other filters", async () => {
    expect(await countMatchingByType(app().readModel, DEFAULT_SANDBOX, { streamId: studentStreamId(ada) })).toEqual([
      { type: "StudentDetailsUpdated", count: 1 },
      { type: "StudentEnrolled", count: 1 },
      { type: "StudentRegistered", count: 1 },
    ]);
    expect(
      await countMatchingByType(app().readModel, DEFAULT_SANDBOX, { streamId: studentStreamId(ada), maxRevision: 1 }),
    ).toEqual([{ type: "StudentRegistered", count: 1 }]);
  });
});

describe("the filter's stream choices", () => {
  it("name students by their current name and leave other streams unnamed", async () => {
    const { streams, totalStreams } = await loadFilterOptions({ ...app(), sandbox: DEFAULT_SANDBOX }, {});
    const ours = Object.fromEntries(streams.filter((s) => s.streamId.includes(run)).map((s) => [s.streamId, s]));
    expect(ours[studentStreamId(ada)]).toMatchObject({ currentName: "Ada Lovelace", events: 3 });
    expect(ours[studentStreamId(twinA)]?.currentName).toBe("Edsger Dijkstra");
    expect(ours[demo]).toMatchObject({ currentName: undefined, events: 1 });
    expect(totalStreams).toBeGreaterThanOrEqual(4);
  });
});

describe("the name at each event", () => {
  it("is folded from the store's events: the registered name before the rename, the new one after", async () => {
    const histories = await loadNameHistories({ ...app(), sandbox: DEFAULT_SANDBOX }, [
      { streamId: studentStreamId(ada), upTo: 3 },
      { streamId: demo, upTo: 1 },
    ]);
    expect(histories).toEqual({
      [studentStreamId(ada)]: {
        upTo: 3,
        changes: [
          { revision: 1, name: "Ada Byron" },
          { revision: 3, name: "Ada Lovelace" },
        ],
      },
    });
  });

  it("stops at the revision asked for", async () => {
    const histories = await loadNameHistories({ ...app(), sandbox: DEFAULT_SANDBOX }, [
      { streamId: studentStreamId(ada), upTo: 2 },
    ]);
    expect(histories[studentStreamId(ada)]).toEqual({ upTo: 2, changes: [{ revision: 1, name: "Ada Byron" }] });
  });
});
