/**
 * Sandboxes against the real stores and the real route handlers: two learners of one class and a solo visitor
 * each read and write only their own sandbox — over the HTTP API, the timeline's reads, the command handlers
 * and the read model. Guessing another sandbox's stream or student gives "not found", never their data, and a
 * forged pass is a new visitor.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as namesRoute from "@/app/api/timeline/names/route";
import * as readModelRoute from "@/app/api/timeline/read-model/route";
import { saveSharedStudent, sharedStudentOf, startSharedSave } from "@/lib/classroom/class-activity";
import { joinClassFromForm, openClassFromForm, startOver } from "@/lib/classroom/class-commands";
import { LEARNER_COOKIE, passKey, writePass } from "@/lib/classroom/learner-pass";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { activityRounds, classRoster, findLearner } from "@/lib/read-model/class-queries";
import { emptyReadModel } from "@/lib/read-model/reset";
import { getStudentRow } from "@/lib/read-model/student-queries";
import { app, closeApp, createAppProjector } from "@/lib/server/app";
import { loadStudentHistory } from "@/lib/students/student-history";
import { registerStudent } from "@/lib/students/student-commands";
import { api, bodyOf } from "@/tests/integration/http/api-client";
import { readSse } from "@/tests/integration/http/sse-reader";
import { useTestStores } from "@/tests/support/test-stores";

useTestStores("isolation", { INSTRUCTOR_SECRET: "isolation test secret" });
const { projector, close } = createAppProjector(app(), () => {});

async function catchUp() {
  let idle = 0;
  while (idle < 3) idle = (await projector.step()) === 0 ? idle + 1 : 0;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

interface Learner {
  learnerId: string;
  sandbox: string;
  cookie: string;
}

let classId = "";
const learners: Learner[] = [];

async function join(displayName: string): Promise<Learner> {
  const joined = await joinClassFromForm(app().readModel, classId, form({ displayName }));
  if (!joined.learnerId) throw new Error(JSON.stringify(joined.state));
  const found = await findLearner(app().readModel, joined.learnerId);
  const token = writePass(passKey(app().settings)!, {
    learnerId: joined.learnerId,
    expires: Math.floor(Date.now() / 1000) + 3600,
  });
  return { learnerId: joined.learnerId, sandbox: found!.sandbox, cookie: `${LEARNER_COOKIE}=${token}` };
}

const as = (learner: Learner | undefined): Record<string, string> => (learner ? { Cookie: learner.cookie } : {});

beforeAll(async () => {
  await emptyReadModel(app().readModel);
  const opened = await openClassFromForm(app().readModel, form({ className: "Isolation" }));
  classId = opened.status === "ok" ? opened.params!.class! : "";
  learners.push(await join("Ada"), await join("Grace"));
});

afterAll(async () => {
  close();
  await emptyReadModel(app().readModel);
  await closeApp();
});

describe("two learners and a solo visitor", () => {
  it("each get a sandbox of their own", () => {
    const [ada, grace] = learners;
    expect(ada!.sandbox).not.toBe(grace!.sandbox);
    expect([ada!.sandbox, grace!.sandbox]).not.toContain(DEFAULT_SANDBOX);
  });

  it("read and write only their own streams over the HTTP API; another's is 404", async () => {
    const [ada, grace] = learners;
    const mine = `${ada!.sandbox}:notes-${randomUUID()}`;
    const appended = await api(`/api/streams/${mine}`, {
      method: "POST",
      headers: as(ada),
      body: { events: [{ type: "NoteWritten", data: { text: "Ada's" } }] },
    });
    expect(appended.status).toBe(201);
    expect((await api(`/api/streams/${mine}`, { headers: as(ada) })).status).toBe(200);
    for (const other of [grace, undefined]) {
      const read = await api(`/api/streams/${mine}`, { headers: as(other) });
      expect(read.status).toBe(404);
      expect(JSON.stringify(read.body)).not.toContain("Ada's");
      const write = await api(`/api/streams/${mine}`, {
        method: "POST",
        headers: as(other),
        body: { events: [{ type: "NoteWritten", data: { text: "not yours" } }] },
      });
      expect(write.status).toBe(404);
      expect((await api(`/api/streams/${mine}/close`, { method: "POST", headers: as(other) })).status).toBe(404);
    }
    // A learner cannot leave their sandbox by naming a stream outside it either.
    const outside = await api(`/api/streams/notes-${randomUUID()}`, {
      method: "POST",
      headers: as(grace),
      body: { events: [{ type: "NoteWritten", data: { text: "escape" } }] },
    });
    expect(outside.status).toBe(404);
    const adaFeed = bodyOf(await api("/api/events?direction=backwards&limit=100", { headers: as(ada) }));
    const graceFeed = bodyOf(await api("/api/events?direction=backwards&limit=100", { headers: as(grace) }));
    const soloFeed = bodyOf(await api("/api/events?direction=backwards&limit=100"));
    const streamsOf = (feed: Record<string, unknown>) => (feed.events as { streamId: string }[]).map((e) => e.streamId);
    expect(streamsOf(adaFeed)).toContain(mine);
    expect(streamsOf(graceFeed)).not.toContain(mine);
    expect(streamsOf(soloFeed)).not.toContain(mine);
    const listed = (headers: Record<string, string>) =>
      api("/api/streams?limit=100", { headers }).then((r) =>
        (bodyOf(r).streams as { streamId: string }[]).map((s) => s.streamId),
      );
    expect(await listed(as(ada))).toContain(mine);
    expect(await listed(as(grace))).not.toContain(mine);
  });

  it("keep their students apart: commands, pages' reads, the read model and the timeline", async () => {
    const [ada, grace] = learners;
    const registered = await registerStudent(
      app(),
      { fullName: "Only In Ada's", email: "ada@example.org", dateOfBirth: "2000-01-01" },
      { sandbox: ada!.sandbox },
    );
    if (registered.status !== "ok") throw new Error(JSON.stringify(registered));
    await catchUp();
    const { studentId } = registered;
    expect(await loadStudentHistory(app().store, ada!.sandbox, studentId)).toBeDefined();
    expect(await loadStudentHistory(app().store, grace!.sandbox, studentId)).toBeUndefined();
    expect(await loadStudentHistory(app().store, DEFAULT_SANDBOX, studentId)).toBeUndefined();
    expect(await getStudentRow(app().readModel, ada!.sandbox, studentId)).toMatchObject({ fullName: "Only In Ada's" });
    expect(await getStudentRow(app().readModel, grace!.sandbox, studentId)).toBeUndefined();

    const overview = async (learner: Learner) =>
      JSON.stringify(
        await readModelRoute
          .GET(new Request("http://localhost/api/timeline/read-model", { headers: as(learner) }))
          .then((r) => r.json()),
      );
    expect(await overview(ada!)).toContain("Only In Ada's");
    expect(await overview(grace!)).not.toContain("Only In Ada's");

    // Grace asks for the names along Ada's stream: nothing comes back.
    const names = async (learner: Learner) =>
      namesRoute
        .POST(
          new Request("http://localhost/api/timeline/names", {
            method: "POST",
            headers: { ...as(learner), "Content-Type": "application/json" },
            body: JSON.stringify({ streams: [{ streamId: studentStreamId(studentId, ada!.sandbox), upTo: 1 }] }),
          }),
        )
        .then((r) => r.json() as Promise<{ histories: Record<string, unknown> }>);
    expect(Object.keys((await names(ada!)).histories)).toHaveLength(1);
    expect((await names(grace!)).histories).toEqual({});
  });

  it("treats a forged or altered pass as a new visitor, never as its learner", async () => {
    const [ada] = learners;
    const mine = `${ada!.sandbox}:forged-${randomUUID()}`;
    await api(`/api/streams/${mine}`, {
      method: "POST",
      headers: as(ada),
      body: { events: [{ type: "NoteWritten", data: {} }] },
    });
    const [body, signature] = ada!.cookie.split("=")[1]!.split(".");
    const forged = writePass(Buffer.from("not the server's key"), { learnerId: ada!.learnerId, expires: 2e9 });
    for (const cookie of [
      `${LEARNER_COOKIE}=${forged}`,
      `${LEARNER_COOKIE}=${body}.${signature!.slice(1)}A`,
      `${LEARNER_COOKIE}=garbage`,
    ]) {
      expect((await api(`/api/streams/${mine}`, { headers: { Cookie: cookie } })).status).toBe(404);
    }
  });

  it("start over gives a fresh sandbox; the old one keeps its events and stays in the class view", async () => {
    const [, grace] = learners;
    const before = `${grace!.sandbox}:before-${randomUUID()}`;
    await api(`/api/streams/${before}`, {
      method: "POST",
      headers: as(grace),
      body: { events: [{ type: "NoteWritten", data: {} }] },
    });
    expect((await startOver(app().readModel, grace!.learnerId)).status).toBe("ok");
    const now = await findLearner(app().readModel, grace!.learnerId);
    expect(now!.sandbox).not.toBe(grace!.sandbox);
    // The same pass now works in the new sandbox: the old stream is out of reach, and still stored.
    expect((await api(`/api/streams/${before}`, { headers: as(grace) })).status).toBe(404);
    expect((await app().store.readStream(before)).events).toHaveLength(1);
    await catchUp();
    const roster = await classRoster(app().readModel, classId);
    const graceRow = roster.find((learner) => learner.learnerId === grace!.learnerId)!;
    expect(graceRow.sandboxes.map((box) => [box.sandbox, box.current])).toEqual([
      [now!.sandbox, true],
      [grace!.sandbox, false],
    ]);
    expect(graceRow.sandboxes[1]!.events).toBeGreaterThanOrEqual(1);
    expect(roster.map((learner) => learner.displayName)).toEqual(["Ada", "Grace"]);
  });

  it("race on the class's shared student: one save per revision wins, the rest are refused and counted", async () => {
    const [ada, grace] = learners;
    expect((await startSharedSave(app(), classId)).status).toBe("ok");
    const [adaView, graceView] = await Promise.all(
      [ada!, grace!].map(async (learner) => (await findLearner(app().readModel, learner.learnerId))!),
    );
    const shared = await sharedStudentOf(app(), adaView!);
    expect(shared).toMatchObject({ revision: 1 });
    const save = (view: typeof adaView, email: string) =>
      saveSharedStudent(app(), view!, form({ expectedRevision: "1", email }));
    const outcomes = await Promise.all([save(adaView, "ada@race.example"), save(graceView, "grace@race.example")]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["conflict", "ok"]);
    const [round] = await activityRounds(app().readModel, classId, shared!.studentId);
    expect(round).toMatchObject({ expectedRevision: 1 });
    expect([round!.winner, ...round!.refused].sort()).toEqual(["Ada", "Grace"]);
    // The shared stream is the class's: both learners read it over the API, a solo visitor gets 404.
    const streamId = studentStreamId(shared!.studentId, adaView!.sharedSandbox!);
    expect((await api(`/api/streams/${streamId}`, { headers: as(ada) })).status).toBe(200);
    expect((await api(`/api/streams/${streamId}`, { headers: as(grace) })).status).toBe(200);
    expect((await api(`/api/streams/${streamId}`)).status).toBe(404);
  });

  it("get only their own sandbox's events on the live feed", async () => {
    const [ada, grace] = learners;
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const feeds = await Promise.all(
      [as(ada), as(grace), {}].map((headers, i) =>
        api("/api/events/live", { headers, signal: controllers[i]!.signal }).then((r) => readSse(r.response)),
      ),
    );
    const [adaFeed, graceFeed, soloFeed] = [feeds[0]!, feeds[1]!, feeds[2]!];
    // Grace started over above: her pass now leads to her newer sandbox.
    const [adaBox, graceBox] = await Promise.all(
      [ada!, grace!].map(async (learner) => (await findLearner(app().readModel, learner.learnerId))!.sandbox),
    );
    const adaStream = `${adaBox}:live-${randomUUID()}`;
    const graceStream = `${graceBox}:live-${randomUUID()}`;
    const soloStream = `live-${randomUUID()}`;
    for (const [streamId, learner] of [
      [adaStream, ada],
      [graceStream, grace],
      [soloStream, undefined],
    ] as const)
      expect(
        (
          await api(`/api/streams/${streamId}`, {
            method: "POST",
            headers: as(learner),
            body: { events: [{ type: "NoteWritten", data: {} }] },
          })
        ).status,
      ).toBe(201);
    const streamsOf = (feed: typeof adaFeed) => feed.events<{ streamId: string }>().map((e) => e.event.streamId);
    for (const [feed, own] of [
      [adaFeed, adaStream],
      [graceFeed, graceStream],
      [soloFeed, soloStream],
    ] as const)
      await feed.waitUntil(() => streamsOf(feed).includes(own), 5_000, `${own} on its own feed`);
    // Two more polls' time for anything that should not come.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(streamsOf(adaFeed).every((id) => id.startsWith(`${adaBox}:`))).toBe(true);
    expect(streamsOf(graceFeed).every((id) => id.startsWith(`${graceBox}:`))).toBe(true);
    expect(streamsOf(soloFeed).some((id) => id.startsWith("sbx."))).toBe(false);
    for (const controller of controllers) controller.abort();
  });
});
