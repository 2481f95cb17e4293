/**
 * What each walkthrough step shows, read on the server: one loader per step, and loadStepData, which
 * app/walkthrough/[step]/page.tsx calls. The step components only render what these return.
 */
import "server-only";
import type { InstructorAccess } from "@/lib/instructor/access";
import { readProjectorSummary, type ProjectorSummary } from "@/lib/instructor/instructor-panel-data";
import { currentInstructorAccess } from "@/lib/instructor/instructor-session";
import { readModelSize, type ReadModelSize } from "@/lib/read-model/instructor-queries";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { App, SandboxStores } from "@/lib/server/app";
import { loadStudentHistory, type StudentHistory } from "@/lib/students/student-history";
import { streamItems, type StreamItems } from "@/lib/walkthrough/dynamo-items";
import { readRawAndUpcast, type RawAndUpcast } from "@/lib/walkthrough/legacy-event";
import { LONG_HISTORY_EVENTS } from "@/lib/walkthrough/long-history";
import { projectionLag, type ProjectionLag } from "@/lib/walkthrough/projection-lag";
import { readRebuildView, type RebuildView } from "@/lib/walkthrough/rebuild-view";
import { compareSnapshotLoads, TIMED_ROUNDS, type SnapshotComparison } from "@/lib/walkthrough/snapshot-timing";
import { readSource, type SourceText } from "@/lib/walkthrough/source-files";
import type { StepParams } from "@/lib/walkthrough/step-params";
import type { StepNumber } from "@/lib/walkthrough/steps";
import { studentOrPicker, type StudentOrPicker } from "@/lib/walkthrough/student-or-picker";
import { findCourse } from "@/lib/domain/courses";
import { RACE_COURSE, SOLO_RACERS } from "@/lib/walkthrough/seat-race";
import { loadOwnSeatRace, type SeatRaceView } from "@/lib/walkthrough/seat-race-view";

/** Only what step 3's fold needs crosses to the browser. */
export type FoldEvent = Pick<RecordedEvent, "streamId" | "revision" | "recordedAt" | "type" | "data" | "upcastError">;

export type StepOneData = { step: 1; history: StudentHistory | undefined };
export type StepTwoData = { step: 2; tableName: string; student: StudentOrPicker<{ stream: StreamItems }> };
export type StepThreeData = { step: 3; source: SourceText; student: StudentOrPicker<{ events: FoldEvent[] }> };
export type StepFourData = {
  step: 4;
  projector: ProjectorSummary;
  student: StudentOrPicker<{ history: StudentHistory; lag: ProjectionLag }>;
};
/** Step 5 edits the student, so it shows only a registered one (with the email the tabs start from). */
export type StepFiveData = { step: 5; student: StudentOrPicker<{ history: StudentHistory; email: string }> };
export type StepSixData = { step: 6; student: StudentOrPicker<{ history: StudentHistory }> };
export type StepSevenData = {
  step: 7;
  comparison: SnapshotComparison | undefined;
  /** How many timings each median is of. */
  rounds: number;
  /** How many events the step's button appends. */
  longHistoryEvents: number;
};
export type StepEightData = {
  step: 8;
  /** The rebuild followed (?run=N), else the latest; undefined before the first. */
  view: RebuildView | undefined;
  size: ReadModelSize;
  access: InstructorAccess;
};
export type StepNineData = { step: 9; both: RawAndUpcast | undefined; source: SourceText };

export type StepTenData = {
  step: 10;
  race: SeatRaceView | undefined;
  racers: number;
  courseTitle: string;
  capacity: number;
};

export type StepData =
  | StepOneData
  | StepTwoData
  | StepThreeData
  | StepFourData
  | StepFiveData
  | StepSixData
  | StepSevenData
  | StepEightData
  | StepNineData
  | StepTenData;

export async function loadStepOne({ store, sandbox }: SandboxStores, params: StepParams): Promise<StepOneData> {
  const history = params.student ? await loadStudentHistory(store, sandbox, params.student) : undefined;
  return { step: 1, history };
}

export async function loadStepTwo(
  app: Pick<App, "store" | "readModel" | "tableName"> & { sandbox: string },
  params: StepParams,
): Promise<StepTwoData> {
  const student = await studentOrPicker(app, params.student, async (studentId) => {
    const stream = await streamItems(app.store, studentStreamId(studentId, app.sandbox));
    return stream && { stream };
  });
  return { step: 2, tableName: app.tableName, student };
}

export async function loadStepThree(stores: SandboxStores, params: StepParams): Promise<StepThreeData> {
  const [student, source] = await Promise.all([
    studentOrPicker(stores, params.student, async (studentId) => {
      const history = await loadStudentHistory(stores.store, stores.sandbox, studentId);
      const events = history?.events.map(({ streamId, revision, recordedAt, type, data, upcastError }) => ({
        streamId,
        revision,
        recordedAt,
        type,
        data,
        upcastError,
      }));
      return events && { events };
    }),
    readSource("evolve"),
  ]);
  return { step: 3, source, student };
}

export async function loadStepFour(stores: SandboxStores, params: StepParams): Promise<StepFourData> {
  const [student, projector] = await Promise.all([
    studentOrPicker(stores, params.student, async (studentId) => {
      const history = await loadStudentHistory(stores.store, stores.sandbox, studentId);
      if (!history) return undefined;
      return { history, lag: await projectionLag(stores.readModel, studentId, history.streamId, history.events) };
    }),
    readProjectorSummary(stores.readModel),
  ]);
  return { step: 4, projector, student };
}

export async function loadStepFive(stores: SandboxStores, params: StepParams): Promise<StepFiveData> {
  const student = await studentOrPicker(stores, params.student, async (studentId) => {
    const history = await loadStudentHistory(stores.store, stores.sandbox, studentId);
    return history?.state.status === "registered" ? { history, email: history.state.email } : undefined;
  });
  return { step: 5, student };
}

export async function loadStepSix(stores: SandboxStores, params: StepParams): Promise<StepSixData> {
  const student = await studentOrPicker(stores, params.student, async (studentId) => {
    const history = await loadStudentHistory(stores.store, stores.sandbox, studentId);
    return history && { history };
  });
  return { step: 6, student };
}

export async function loadStepSeven(
  { readMeter, sandbox }: Pick<App, "readMeter"> & { sandbox: string },
  params: StepParams,
): Promise<StepSevenData> {
  const comparison = params.student
    ? await compareSnapshotLoads(readMeter, studentStreamId(params.student, sandbox))
    : undefined;
  return { step: 7, comparison, rounds: TIMED_ROUNDS, longHistoryEvents: LONG_HISTORY_EVENTS };
}

/** Reads this request's instructor cookie: whoever cannot start a rebuild follows the latest one. */
export async function loadStepEight({ readModel }: SandboxStores, params: StepParams): Promise<StepEightData> {
  // Later visitors (no ?run) see the latest run as it really is now.
  const [view, size, access] = await Promise.all([
    readRebuildView(readModel, params.run),
    readModelSize(readModel),
    currentInstructorAccess(),
  ]);
  return { step: 8, view, size, access };
}

export async function loadStepNine({ store, sandbox }: SandboxStores, params: StepParams): Promise<StepNineData> {
  const [both, source] = await Promise.all([
    params.student ? readRawAndUpcast(store, studentStreamId(params.student, sandbox)) : undefined,
    readSource("upcasters"),
  ]);
  return { step: 9, both, source };
}

export async function loadStepTen(stores: SandboxStores, params: StepParams): Promise<StepTenData> {
  const course = findCourse(RACE_COURSE)!;
  const race = await loadOwnSeatRace(stores, stores.sandbox, params.race);
  return { step: 10, race, racers: SOLO_RACERS, courseTitle: course.title, capacity: course.capacity };
}

/** Every step reads the viewer's sandbox only (lib/classroom/viewer.ts). */
export async function loadStepData(
  parts: App,
  sandbox: string,
  step: StepNumber,
  params: StepParams,
): Promise<StepData> {
  const app = { ...parts, sandbox };
  switch (step) {
    case 1:
      return loadStepOne(app, params);
    case 2:
      return loadStepTwo(app, params);
    case 3:
      return loadStepThree(app, params);
    case 4:
      return loadStepFour(app, params);
    case 5:
      return loadStepFive(app, params);
    case 6:
      return loadStepSix(app, params);
    case 7:
      return loadStepSeven(app, params);
    case 8:
      return loadStepEight(app, params);
    case 9:
      return loadStepNine(app, params);
    case 10:
      return loadStepTen(app, params);
    default: {
      const _exhaustive: never = step;
      return _exhaustive;
    }
  }
}
