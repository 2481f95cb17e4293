/**
 * Faults, for real: the projector as a child process killed with SIGKILL again and again, and a MySQL server
 * stopped while events keep arriving. Neither may lose or double anything.
 */
import { randomBytes } from "node:crypto";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appendStudentStory,
  eventually,
  exited,
  spawnProjector,
  storyEventCount,
} from "@/tests/support/projector-harness";
import { config, parseConfig } from "@/lib/config";
import { createDynamoClient } from "@/lib/event-store/dynamodb/client";
import { ensureEventsTable } from "@/lib/event-store/dynamodb/events-table";
import { emptyReadModel } from "@/lib/read-model/reset";
import { readModelChecksum } from "@/lib/read-model/rebuild-tables";
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { migrateReadModel } from "@/lib/read-model/migrate";
import { startMariaDb } from "@/lib/dev-services/mariadb";
import { sql } from "drizzle-orm";
import { createDynamoEventStore } from "@/lib/event-store/dynamodb/dynamodb-event-store";
import { useTestStores } from "@/tests/support/test-stores";
import { app, closeApp } from "@/lib/server/app";
import { findCourse } from "@/lib/domain/courses";
import { newSandboxId } from "@/lib/domain/sandbox";
import { enrolStudent, registerStudent } from "@/lib/students/student-commands";

const { tableName } = useTestStores("projector-faults");
const SMALL_COURSE = "distributed-systems-101";
const SMALL_CAPACITY = findCourse(SMALL_COURSE)!.capacity;

const store = app().store;
const env = { EVENTS_TABLE: tableName };

async function projectedCount(): Promise<number> {
  const [rows] = (await app().readModel.db.execute(sql`SELECT COUNT(*) AS n FROM projected_events`)) as unknown as [
    { n: number }[],
  ];
  return Number(rows[0]?.n ?? 0);
}

beforeAll(async () => {
  const client = createDynamoClient(config().dynamo);
  await ensureEventsTable(client, tableName);
  client.destroy();
  await emptyReadModel(app().readModel);
});

afterAll(async () => {
  await closeApp();
});

describe("the projector under faults", () => {
  it("killed mid-batch 10 times while events arrive, ends equal to a fresh rebuild, nothing lost or doubled", async () => {
    let appended = 0;
    let stories = 0;
    let appending = true;
    const appender = (async () => {
      while (appending) {
        await appendStudentStory(store, stories);
        appended += storyEventCount(stories++);
      }
    })();
    for (let kill = 0; kill < 10; kill += 1) {
      const child = spawnProjector(env);
      const before = await projectedCount();
      // Let it start and get into the stream, then kill it without warning at a random moment.
      await eventually(async () => (await projectedCount()) > before || undefined, { timeoutMs: 30_000, everyMs: 20 });
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      child.kill("SIGKILL");
      await exited(child);
    }
    appending = false;
    await appender;
    const final = spawnProjector(env);
    await eventually(async () => (await projectedCount()) === appended || undefined, { timeoutMs: 60_000 });
    final.kill("SIGTERM");
    await exited(final);

    expect(appended).toBeGreaterThan(30);
    expect(await projectedCount()).toBe(appended);
    const incremental = await readModelChecksum(app().readModel);
    const rebuilt = await rebuildReadModel(store, app().readModel);
    expect(rebuilt.events).toBe(appended);
    expect(rebuilt.checksumAfter).toBe(incremental);
  }, 240_000);

  it("catches up with everything appended while MySQL was down", async () => {
    const port = 3507;
    const url = `mysql://ledgerline:ledgerline@127.0.0.1:${port}/ledgerline_outage`;
    const settings = parseConfig({ ...process.env, DATABASE_URL: url, MYSQL_DATA_DIR: ".data/test-mysql-outage" });
    let server = await startMariaDb(settings.mysql, { fresh: true, log: () => {} });
    await migrateReadModel(settings);
    const connection = async () => mysql.createConnection({ uri: url });
    const count = async () => {
      const c = await connection();
      try {
        const [rows] = (await c.query("SELECT COUNT(*) AS n FROM projected_events")) as unknown as [{ n: number }[]];
        return Number(rows[0]?.n);
      } finally {
        await c.end();
      }
    };
    // A table of its own, so the count below is exactly what this test appended.
    const ownTable = `${tableName}-outage`;
    const client = createDynamoClient(config().dynamo);
    await ensureEventsTable(client, ownTable);
    client.destroy();
    const outageStore = createDynamoEventStore({ client: createDynamoClient(config().dynamo), tableName: ownTable });
    const child = spawnProjector({
      EVENTS_TABLE: ownTable,
      DATABASE_URL: url,
      MYSQL_DATA_DIR: ".data/test-mysql-outage",
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      let appended = 0;
      for (let n = 0; n < 4; n += 1) {
        await appendStudentStory(outageStore, n);
        appended += storyEventCount(n);
      }
      await eventually(async () => (await count()) === appended || undefined, { timeoutMs: 30_000 });

      await server.stop();
      for (let n = 4; n < 10; n += 1) {
        await appendStudentStory(outageStore, n);
        appended += storyEventCount(n);
      }
      // Enrolments decide on the event store alone: with MySQL down they still fill a course, and no further.
      const sandbox = newSandboxId(randomBytes(10));
      const deps = { store: outageStore, readModel: app().readModel, projectInline: async () => false };
      const racers = await Promise.all(
        ["Ann", "Bo", "Cy", "Di", "Ed"].map((name) =>
          registerStudent(
            deps,
            { fullName: name, email: `${name}@example.edu`, dateOfBirth: "2000-01-01" },
            { sandbox },
          ),
        ),
      );
      const enrolments = await Promise.all(
        racers.map((r) =>
          enrolStudent(deps, { studentId: r.status === "ok" ? r.studentId : "", courseId: SMALL_COURSE }, { sandbox }),
        ),
      );
      expect(enrolments.filter((e) => e.status === "ok")).toHaveLength(SMALL_CAPACITY);
      expect(enrolments.filter((e) => e.status === "rejected" && e.error.code === "course_full")).toHaveLength(
        racers.length - SMALL_CAPACITY,
      );
      appended += racers.length + SMALL_CAPACITY;
      await eventually(async () => output.includes("waiting for a server") || undefined, { timeoutMs: 30_000 });

      server = await startMariaDb(settings.mysql, { fresh: false, log: () => {} });
      await eventually(async () => (await count()) === appended || undefined, { timeoutMs: 60_000 });
      const c = await connection();
      const [students] = (await c.query(
        "SELECT COUNT(*) AS n, SUM(revision) AS revisions FROM students",
      )) as unknown as [{ n: number; revisions: number }[]];
      const [seats] = (await c.query(
        "SELECT enrolled FROM course_enrolment_counts WHERE sandbox = ? AND course_id = ?",
        [sandbox, SMALL_COURSE],
      )) as unknown as [{ enrolled: number }[]];
      await c.end();
      expect(Number(students[0]?.n)).toBe(15);
      expect(Number(students[0]?.revisions)).toBe(appended);
      // Projected once MySQL was back: the read model holds exactly the seats the event store granted.
      expect(Number(seats[0]?.enrolled)).toBe(SMALL_CAPACITY);
    } finally {
      child.kill("SIGTERM");
      await exited(child);
      await server.stop();
    }
  }, 180_000);
});
