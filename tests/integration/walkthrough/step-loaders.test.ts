/** The loaders behind the walkthrough's pages, against the real stores (this file's own events table). */
import { afterAll, describe, expect, it, vi } from "vitest";
import { config } from "@/lib/config";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { checkInstructorAccess } from "@/lib/instructor/access";
import { loadInstructorPanel } from "@/lib/instructor/instructor-panel-data";
import { emptyReadModel } from "@/lib/read-model/reset";
import { registerDemoStudent } from "@/lib/walkthrough/demo-commands";
import { storeLegacyRegistration } from "@/lib/walkthrough/legacy-event";
import { TIMED_ROUNDS } from "@/lib/walkthrough/snapshot-timing";
import { loadStepData } from "@/lib/walkthrough/step-data";
import { parseStepParams } from "@/lib/walkthrough/step-params";
import { useTestStores } from "@/tests/support/test-stores";
import { app } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

// The instructor's cookie check runs outside a request here: a browser that sent no cookie.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

useTestStores("walkthrough-loaders");

afterAll(async () => {
  // The rows projected here belong to this file's table, deleted after it: a later rebuild must not meet them.
  await emptyReadModel(app().readModel);
});

/** A registered student, projected at once so that the picker can offer them. */
async function projectedStudent(): Promise<string> {
  const result = await registerDemoStudent({ ...app(), sandbox: DEFAULT_SANDBOX });
  if (result.status !== "ok") throw new Error(`registration failed: ${JSON.stringify(result)}`);
  const { events } = await app().store.readStream(studentStreamId(result.studentId));
  await app().projectInline(studentStreamId(result.studentId), events, { force: true });
  return result.studentId;
}

const query = (student?: string) => parseStepParams({ student });
const NOBODY = "00000000-0000-4000-8000-000000000000";

describe("loadStepData", () => {
  it("gives each step its own data, tagged with the step", async () => {
    for (const step of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const)
      expect((await loadStepData(app(), DEFAULT_SANDBOX, step, query())).step).toBe(step);
  });

  it("offers the recent students when the step has no student to show, and only then", async () => {
    const studentId = await projectedStudent();
    const without = await loadStepData(app(), DEFAULT_SANDBOX, 2, query());
    expect(without.step === 2 && without.student).toMatchObject({ kind: "picker" });
    if (without.step !== 2 || without.student.kind !== "picker") throw new Error("expected the picker");
    expect(without.student.recent.map((s) => s.studentId)).toContain(studentId);

    const unknown = await loadStepData(app(), DEFAULT_SANDBOX, 6, query(NOBODY));
    expect(unknown.step === 6 && unknown.student.kind).toBe("picker");

    const shown = await loadStepData(app(), DEFAULT_SANDBOX, 2, query(studentId));
    expect(shown).toMatchObject({ step: 2, tableName: app().tableName, student: { kind: "student", studentId } });
    expect(shown.step === 2 && shown.student).not.toHaveProperty("recent");
  });

  it("gives step 3 only the fields the fold needs", async () => {
    const studentId = await projectedStudent();
    const data = await loadStepData(app(), DEFAULT_SANDBOX, 3, query(studentId));
    if (data.step !== 3 || data.student.kind !== "student") throw new Error("expected the student");
    expect(data.student.events).toHaveLength(1);
    expect(Object.keys(data.student.events[0]!).sort()).toEqual(
      ["data", "recordedAt", "revision", "streamId", "type", "upcastError"].sort(),
    );
    expect(data.source.path).toBe("lib/domain/student/state.ts");
  });

  it("gives step 4 the projector as shown and the student's lag", async () => {
    const studentId = await projectedStudent();
    const data = await loadStepData(app(), DEFAULT_SANDBOX, 4, query(studentId));
    if (data.step !== 4 || data.student.kind !== "student") throw new Error("expected the student");
    expect(data.projector.description).toEqual(expect.any(String));
    expect(data.student.lag).toMatchObject({ storeRevision: 1, projectedRevision: 1, eventsBehind: 0 });
  });

  it("shows step 5 a registered student with the email the tabs start from", async () => {
    const studentId = await projectedStudent();
    const data = await loadStepData(app(), DEFAULT_SANDBOX, 5, query(studentId));
    if (data.step !== 5 || data.student.kind !== "student") throw new Error("expected the student");
    expect(data.student.history.state).toMatchObject({ status: "registered", email: data.student.email });
  });

  it("gives step 7 nothing to compare without a student, and the figures its labels name", async () => {
    expect(await loadStepData(app(), DEFAULT_SANDBOX, 7, query())).toEqual({
      step: 7,
      comparison: undefined,
      rounds: TIMED_ROUNDS,
      longHistoryEvents: 1000,
    });
  });

  it("gives step 8 the request's instructor access", async () => {
    const data = await loadStepData(app(), DEFAULT_SANDBOX, 8, parseStepParams({}));
    expect(data).toMatchObject({ step: 8, access: checkInstructorAccess(config(), undefined) });
  });

  it("reads step 9's first event both ways", async () => {
    const studentId = await storeLegacyRegistration(app().store, DEFAULT_SANDBOX);
    const data = await loadStepData(app(), DEFAULT_SANDBOX, 9, query(studentId));
    if (data.step !== 9) throw new Error("expected step 9");
    expect(data.both?.raw[0]?.schemaVersion).toBe(1);
    expect(data.both?.upcast[0]?.schemaVersion).toBe(2);
  });
});

describe("the instructor panel's loader", () => {
  it("gives the request's access and the projector as shown", async () => {
    const panel = await loadInstructorPanel(app());
    expect(panel.access).toEqual(checkInstructorAccess(config(), undefined));
    expect(panel.projector).toMatchObject({ description: expect.any(String), view: { paused: expect.any(Boolean) } });
  });
});
