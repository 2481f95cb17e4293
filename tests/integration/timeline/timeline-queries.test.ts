/**
 * The timeline's read-model queries against the real MySQL (MariaDB) test server. Rows are written straight
 * into the tables, under ids of this run, and removed afterwards; other tests' rows may share the tables, so
 * counts are compared before and after rather than assumed.
 */
import { randomUUID } from "node:crypto";
import { inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolments, projectedEvents, streamCheckpoints, students } from "@/lib/read-model/schema";
import { toSqlDateTime } from "@/lib/read-model/sql-time";
import { newestProjection, projectionActivity } from "@/lib/read-model/projection-activity-queries";
import {
  checkpointSummary,
  eventsBuildingRow,
  projectionsOf,
  recentStudents,
  studentNames,
} from "@/lib/read-model/timeline-queries";
import { app, closeApp } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

const run = randomUUID().slice(0, 8);
const ada = `tl-${run}-ada`;
const bob = `tl-${run}-bob`;
const course = `tl-${run}-course`;
const stream = (studentId: string) => `student-${studentId}`;
const ids = Array.from({ length: 6 }, () => randomUUID());
const base = Date.now() - 120_000;
const at = (offsetMs: number) => toSqlDateTime(new Date(base + offsetMs));

function logged(
  studentId: string,
  revision: number,
  eventId: string,
  type: string,
  changedRows: string[],
  status = "applied",
  recordedOffset = revision * 1_000,
  lagMs = 50,
) {
  return {
    streamId: stream(studentId),
    revision,
    eventId,
    type,
    status,
    reason: status === "applied" ? null : "test reason",
    changedRows,
    recordedAt: at(recordedOffset),
    projectedAt: at(recordedOffset + lagMs),
    lagMs,
  };
}

beforeAll(async () => {
  const { db } = app().readModel;
  await db.insert(students).values([
    {
      id: ada,
      fullName: "Ada Timeline",
      email: "ada@example.com",
      dateOfBirth: "1995-12-10",
      enrolmentCount: 1,
      revision: 3,
      createdAt: at(1_000),
      updatedAt: at(3_000),
    },
    {
      id: bob,
      fullName: "Bob Timeline",
      email: "bob@example.com",
      dateOfBirth: "1990-01-01",
      enrolmentCount: 1,
      revision: 2,
      createdAt: at(1_000),
      updatedAt: at(2_000),
    },
  ]);
  await db.insert(enrolments).values([
    { studentId: ada, courseId: course, enrolledAt: at(2_000), revision: 2 },
    { studentId: bob, courseId: course, enrolledAt: at(2_000), revision: 2 },
  ]);
  await db
    .insert(projectedEvents)
    .values([
      logged(ada, 1, ids[0]!, "StudentRegistered", [`students/${ada}`]),
      logged(
        ada,
        2,
        ids[1]!,
        "StudentEnrolled",
        [`students/${ada}`, `enrolments/${ada}/${course}`, `courses/${course}`],
        "applied",
        2_000,
        340,
      ),
      logged(ada, 3, ids[2]!, "StudentEnrolled", [], "skipped", 3_000),
      logged(bob, 1, ids[3]!, "StudentRegistered", [`students/${bob}`]),
      logged(bob, 2, ids[4]!, "StudentEnrolled", [
        `students/${bob}`,
        `enrolments/${bob}/${course}`,
        `courses/${course}`,
      ]),
      logged(bob, 3, ids[5]!, "StudentEnrolled", [
        `students/${bob}`,
        `enrolments/${bob}/${course}-2`,
        `courses/${course}-2`,
      ]),
    ]);
});

afterAll(async () => {
  const { db } = app().readModel;
  await db.delete(projectedEvents).where(like(projectedEvents.streamId, `student-tl-${run}-%`));
  await db.delete(enrolments).where(inArray(enrolments.studentId, [ada, bob]));
  await db.delete(students).where(inArray(students.id, [ada, bob]));
  await db.delete(streamCheckpoints).where(like(streamCheckpoints.streamId, `student-tl-${run}-%`));
  await closeApp();
});

describe("whether events reached the read model", () => {
  it("reports status, lag and the rows each handled event changed, and leaves out events not handled", async () => {
    const missing = randomUUID();
    const found = await projectionsOf(app().readModel, DEFAULT_SANDBOX, [ids[1]!, ids[2]!, missing]);
    expect(found.map((p) => p.eventId).sort()).toEqual([ids[1]!, ids[2]!].sort());
    const enrolled = found.find((p) => p.eventId === ids[1]);
    expect(enrolled).toMatchObject({ streamId: stream(ada), revision: 2, status: "applied", lagMs: 340, reason: null });
    expect(enrolled?.changedRows).toEqual([`students/${ada}`, `enrolments/${ada}/${course}`, `courses/${course}`]);
    expect(enrolled?.projectedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(found.find((p) => p.eventId === ids[2])).toMatchObject({
      status: "skipped",
      reason: "test reason",
      changedRows: [],
    });
    expect(await projectionsOf(app().readModel, DEFAULT_SANDBOX, [])).toEqual([]);
  });

  it("names the students the read model knows", async () => {
    expect(await studentNames(app().readModel, DEFAULT_SANDBOX, [ada, bob, "nobody"])).toEqual({
      [ada]: "Ada Timeline",
      [bob]: "Bob Timeline",
    });
  });
});

describe("the events that built a row", () => {
  const revisions = (events: { streamId: string; revision: number }[]) =>
    events.map((e) => `${e.streamId}@${e.revision}`);

  it("for a student row: every applied event of the student's stream, newest first, skipped ones left out", async () => {
    expect(revisions(await eventsBuildingRow(app().readModel, DEFAULT_SANDBOX, `students/${ada}`))).toEqual([
      `${stream(ada)}@2`,
      `${stream(ada)}@1`,
    ]);
  });

  it("for an enrolment row: only the events that changed that enrolment", async () => {
    expect(revisions(await eventsBuildingRow(app().readModel, DEFAULT_SANDBOX, `enrolments/${bob}/${course}`))).toEqual(
      [`${stream(bob)}@2`],
    );
  });

  it("for a course count: the events of every student that changed it, matching the whole row name only", async () => {
    const events = await eventsBuildingRow(app().readModel, DEFAULT_SANDBOX, `courses/${course}`);
    expect(revisions(events).sort()).toEqual([`${stream(ada)}@2`, `${stream(bob)}@2`].sort());
    expect(events[0]).toMatchObject({ type: "StudentEnrolled", lagMs: expect.any(Number) });
    expect(revisions(await eventsBuildingRow(app().readModel, DEFAULT_SANDBOX, `courses/${course}-2`))).toEqual([
      `${stream(bob)}@3`,
    ]);
    expect(await eventsBuildingRow(app().readModel, DEFAULT_SANDBOX, `courses/tl-${run}`)).toEqual([]);
  });
});

describe("the read-model panel's students", () => {
  it("lists the most recently changed students first, with their courses", async () => {
    const { rows } = await recentStudents(app().readModel, DEFAULT_SANDBOX, { pageSize: 50 });
    const ours = rows.filter((r) => r.studentId === ada || r.studentId === bob);
    // Other tests' students may be newer; among ours, Ada changed last.
    expect(ours.map((r) => r.studentId)).toEqual([ada, bob]);
    expect(ours[0]).toMatchObject({ fullName: "Ada Timeline", enrolmentCount: 1, revision: 3, courseIds: [course] });
  });

  it("pins a requested student who is not on the page, and only then", async () => {
    const total = (await recentStudents(app().readModel, DEFAULT_SANDBOX, { pageSize: 1 })).total;
    const lastPage = await recentStudents(app().readModel, DEFAULT_SANDBOX, {
      page: total + 1,
      pageSize: 1,
      include: bob,
    });
    expect(lastPage.rows).toEqual([]);
    expect(lastPage.pinned).toMatchObject({ studentId: bob, courseIds: [course] });
    const all = await recentStudents(app().readModel, DEFAULT_SANDBOX, { pageSize: 50, include: ada });
    expect(all.pinned).toBeUndefined();
  });
});

describe("checkpoints and activity", () => {
  it("sums the checkpoints of every stream", async () => {
    const before = await checkpointSummary(app().readModel, DEFAULT_SANDBOX);
    const { db } = app().readModel;
    await db.insert(streamCheckpoints).values([
      { streamId: stream(ada), revision: 3, updatedAt: toSqlDateTime(new Date()) },
      { streamId: stream(bob), revision: 3, updatedAt: toSqlDateTime(new Date()) },
    ]);
    const after = await checkpointSummary(app().readModel, DEFAULT_SANDBOX);
    expect(after.streams - before.streams).toBe(2);
    expect(after.revisions - before.revisions).toBe(6);
    expect(after.lastUpdatedAt).toMatch(/Z$/);
  });

  it("buckets projected events per second of their append, with max and average lag", async () => {
    const since = new Date(base - 60_000);
    const second = new Date(Math.floor((base + 30_000) / 1000) * 1000);
    const bucketOf = async () =>
      (await projectionActivity(app().readModel, DEFAULT_SANDBOX, since)).find(
        (b) => b.second === second.toISOString(),
      );
    const before = (await bucketOf()) ?? { count: 0, maxLagMs: 0 };
    const offset = second.getTime() - base;
    const { db } = app().readModel;
    await db
      .insert(projectedEvents)
      .values([
        logged(ada, 10, randomUUID(), "StudentDetailsUpdated", [], "applied", offset + 100, 200),
        logged(ada, 11, randomUUID(), "StudentDetailsUpdated", [], "applied", offset + 900, 1_000),
      ]);
    const after = await bucketOf();
    expect(after?.count).toBe(before.count + 2);
    expect(after?.maxLagMs).toBe(Math.max(before.maxLagMs, 1_000));
    if (before.count === 0) expect(after?.avgLagMs).toBe(600);
  });

  it("finds the event the projector handled last", async () => {
    const eventId = randomUUID();
    const { db } = app().readModel;
    // Projected "in the future" so that it is the newest whatever else the table holds.
    await db
      .insert(projectedEvents)
      .values(logged(bob, 20, eventId, "StudentDetailsUpdated", [], "applied", 3_600_000, 10));
    expect(await newestProjection(app().readModel, DEFAULT_SANDBOX)).toMatchObject({
      eventId,
      recordedAt: new Date(base + 3_600_000).toISOString(),
    });
  });
});
