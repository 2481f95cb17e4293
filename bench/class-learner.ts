/**
 * The people of a simulated class, each a cookie jar talking HTTP to the real server: the instructor unlocks,
 * opens a class and keeps its class view open (refreshed every 2 s, as the page does); each learner joins with a
 * display name, keeps a live feed open, and goes round the walkthrough's "Do it" buttons and the student forms,
 * each action followed by the page refresh the browser would make, with a pause between actions as a person
 * would take. After each append of step 4 the learner polls the read model until the row has it (the lag they
 * see); every event they read (feed, streams list, live feed) must be of their own sandbox.
 */
import { COURSES } from "@/lib/domain/courses";
import type { LoadFigures } from "@/bench/class-load-figures";
import { openLiveFeed, type LiveFeed } from "@/bench/learner-live-feed";
import { callAction, CookieJar, request, type ActionAnswer, type Answer } from "@/bench/server-action-client";

export const LOAD_ACTIONS = {
  unlock: "app/walkthrough/actions.ts#unlockInstructorAction",
  openClass: "app/classes/actions.ts#openClassAction",
  join: "app/classes/actions.ts#joinClassAction",
  registerStep: "app/walkthrough/[step]/actions.ts#registerStudentStepAction",
  changeDetailsStep: "app/walkthrough/[step]/actions.ts#changeDetailsStepAction",
  enrolStep: "app/walkthrough/[step]/actions.ts#enrolStepAction",
  appendForLag: "app/walkthrough/[step]/actions.ts#appendForLagAction",
  saveFromTab: "app/walkthrough/[step]/actions.ts#saveFromTabAction",
  register: "app/students/actions.ts#registerStudentAction",
  updateDetails: "app/students/[studentId]/actions.ts#updateStudentDetailsAction",
  enrol: "app/students/[studentId]/actions.ts#enrolStudentAction",
} as const;

export type LoadAction = keyof typeof LOAD_ACTIONS;

/** The build's id of each action the load calls; throws naming any the build does not have. */
export function resolveLoadActions(ids: ReadonlyMap<string, string>): Record<LoadAction, string> {
  const missing = Object.values(LOAD_ACTIONS).filter((key) => !ids.has(key));
  if (missing.length > 0) throw new Error(`the build has no server action ${missing.join(", ")}`);
  return Object.fromEntries(Object.entries(LOAD_ACTIONS).map(([name, key]) => [name, ids.get(key)!])) as Record<
    LoadAction,
    string
  >;
}

export interface LoadRun {
  base: string;
  actions: Record<LoadAction, string>;
  figures: LoadFigures;
  /** A person's pause between two actions, drawn evenly from this range (ms). */
  think: { min: number; max: number };
  /** True once the run's time is up: no new action starts. */
  over(): boolean;
  /** Which learner each sandbox belongs to: two learners in one sandbox is an isolation failure too. */
  sandboxes: Map<string, number>;
}

/** Thrown after a failed request has been counted: the learner abandons the rest of the round. */
class StepFailed extends Error {}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LAG_TIMEOUT_MS = 10_000;
const LAG_POLL_MS = 100;
/** Roomy courses, so a long run fills them late (a refusal then is counted as such, not as an error). */
const FORM_COURSES = COURSES.filter((course) => course.capacity >= 12).map((course) => course.id);

interface ActionState {
  status?: string;
  message?: string;
  code?: string;
  revision?: number;
  params?: Record<string, string>;
}

async function timed<T extends Answer>(
  run: LoadRun,
  kind: string,
  send: () => Promise<T>,
  check: (answer: T) => string | undefined,
): Promise<T> {
  let answer: T;
  try {
    answer = await send();
  } catch (error) {
    run.figures.error(kind, errorMessage(error));
    throw new StepFailed(kind);
  }
  run.figures.time(kind, answer.ms);
  const problem = check(answer);
  if (problem !== undefined) {
    run.figures.error(kind, problem);
    throw new StepFailed(kind);
  }
  return answer;
}

const httpProblem = (answer: Answer) =>
  answer.status === 200 ? undefined : `HTTP ${answer.status}: ${answer.body.toString("utf8", 0, 200)}`;

/**
 * A page as the browser's router fetches it after an action or a link (`RSC: 1`), or as a first visit (HTML).
 * Next.js answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the URL that has
 * it; a browser computes that parameter itself, so only the request that follows the redirect is timed.
 */
async function page(run: LoadRun, jar: CookieJar, kind: string, path: string, html = false): Promise<void> {
  const headers: Record<string, string> = html ? { Accept: "text/html" } : { RSC: "1" };
  await timed(
    run,
    kind,
    async () => {
      const first = await request(run.base, jar, path, { headers });
      const location = first.headers.get("location");
      if (first.status !== 307 || !location || html) return first;
      return request(run.base, jar, location, { headers });
    },
    httpProblem,
  );
}

async function action(
  run: LoadRun,
  jar: CookieJar,
  kind: string,
  pagePath: string,
  name: LoadAction,
  fields: Record<string, string>,
  options: { bound?: string[]; redirect?: RegExp; courseFullIsFine?: boolean } = {},
): Promise<ActionAnswer & { state: ActionState }> {
  const answer = await timed(
    run,
    kind,
    () => callAction(run.base, jar, run.actions[name], pagePath, fields, options.bound),
    (answer) => {
      if (answer.status !== 200 && answer.status !== 303) return httpProblem(answer);
      if (options.redirect) {
        if (answer.redirect && options.redirect.test(answer.redirect)) return undefined;
        return `expected a redirect to ${options.redirect}, got ${answer.redirect ?? JSON.stringify(answer.result)}`;
      }
      const state = (answer.result ?? {}) as ActionState;
      if (state.status === "ok") return undefined;
      if (options.courseFullIsFine && state.code === "course_full") return undefined;
      return `${state.status ?? "no answer"}: ${state.message ?? JSON.stringify(answer.result)}`;
    },
  );
  const state = (answer.result ?? {}) as ActionState;
  if (state.code === "course_full") run.figures.courseFull += 1;
  return { ...answer, state };
}

async function thinkPause(run: LoadRun): Promise<void> {
  const { min, max } = run.think;
  await pause(min + Math.random() * (max - min));
  if (run.over()) throw new StepFailed("time is up");
}

export interface Instructor {
  classId: string;
  /** Refreshes the class view every 2 s until the run is over. */
  watch(): Promise<void>;
}

export async function openClass(run: LoadRun, secret: string, className: string): Promise<Instructor> {
  const jar = new CookieJar();
  await page(run, jar, "instructor: classes page", "/classes", true);
  await action(run, jar, "instructor: unlock", "/classes", "unlock", { secret });
  const opened = await action(
    run,
    jar,
    "instructor: open a class",
    "/classes",
    "openClass",
    { className },
    { redirect: /^\/classes\/[^/?]+$/ },
  );
  const classId = decodeURIComponent(opened.redirect!.slice("/classes/".length));
  return {
    classId,
    async watch() {
      while (!run.over()) {
        const started = performance.now();
        await page(run, jar, "instructor: class view (every 2 s)", `/classes/${encodeURIComponent(classId)}`).catch(
          () => {},
        );
        await pause(Math.max(0, 2_000 - (performance.now() - started)));
      }
    },
  };
}

export class Learner {
  private readonly jar = new CookieJar();
  private sandbox: string | undefined;
  /** Stream ids seen before the learner knew their sandbox, checked once they do. */
  private readonly unchecked: { where: string; streamId: string }[] = [];
  /** The learner's events (from their feed) whose projection is not known yet, and all of them. */
  private readonly unprojected = new Set<string>();
  private readonly feedEvents = new Set<string>();
  private readonly liveEvents = new Set<string>();
  private live: LiveFeed | undefined;
  private rounds = 0;

  constructor(
    private readonly run: LoadRun,
    private readonly index: number,
  ) {}

  private get name(): string {
    return `Learner ${this.index + 1}`;
  }

  private see(where: string, streamId: string): void {
    if (this.sandbox === undefined) this.unchecked.push({ where, streamId });
    else if (!streamId.startsWith(`${this.sandbox}:`)) this.run.figures.foreignEvent(where, streamId, this.sandbox);
  }

  /** The learner's sandbox, from the stream of a student they registered (`<sandbox>:student-<id>`). */
  private learnSandbox(streamIds: readonly string[], studentId: string): void {
    if (this.sandbox !== undefined) return;
    const own = streamIds.find((id) => id.endsWith(`:student-${studentId}`));
    if (!own) return;
    this.sandbox = own.slice(0, own.indexOf(":"));
    const other = this.run.sandboxes.get(this.sandbox);
    if (other !== undefined)
      this.run.figures.foreignEvent("sandbox shared", own, `${this.sandbox} (also Learner ${other + 1}'s)`);
    this.run.sandboxes.set(this.sandbox, this.index);
    for (const { where, streamId } of this.unchecked.splice(0)) this.see(where, streamId);
  }

  async join(classId: string): Promise<boolean> {
    const { run } = this;
    const joinPath = `/join/${encodeURIComponent(classId)}`;
    try {
      await page(run, this.jar, "join: page", joinPath, true);
      await action(
        run,
        this.jar,
        "join: join the class",
        joinPath,
        "join",
        { displayName: this.name },
        {
          bound: [classId],
          redirect: /^\/walkthrough/,
        },
      );
    } catch (error) {
      if (!(error instanceof StepFailed)) run.figures.error("join", errorMessage(error));
      return false;
    }
    if (!this.jar.has("ledgerline-learner")) {
      run.figures.error("join: join the class", "no ledgerline-learner cookie after joining");
      return false;
    }
    this.live = openLiveFeed(`${run.base}/api/events/live`, this.jar.header()!, (event) => {
      run.figures.liveEvents += 1;
      this.liveEvents.add(event.id);
      this.see("live feed", event.streamId);
    });
    const opened = await Promise.race([this.live.opened.then(() => true), pause(10_000).then(() => false)]);
    if (!opened) run.figures.error("live feed", "GET /api/events/live did not answer within 10 s");
    return true;
  }

  /** Rounds until the time is up. */
  async work(): Promise<void> {
    while (!this.run.over()) {
      try {
        await this.round();
      } catch (error) {
        // A request already counted its own failure; anything else (an answer that is not what it should be) is
        // counted here, and the learner starts the next round as a person would after a reload.
        if (!(error instanceof StepFailed)) this.run.figures.error("round", errorMessage(error));
        if (!this.run.over()) await pause(this.run.think.min);
      }
    }
  }

  private async round(): Promise<void> {
    const { run, jar } = this;
    this.rounds += 1;
    const tag = `${this.index + 1}-${this.rounds}`;
    const step = (n: number, student: string, extra = "") =>
      `/walkthrough/${n}?student=${encodeURIComponent(student)}${extra}`;
    const doIt = (kind: string, path: string, name: LoadAction, fields: Record<string, string>) =>
      action(run, jar, kind, path, name, fields);

    // Step 1: register a student, then change their details.
    await page(run, jar, "page: walkthrough step", "/walkthrough/1");
    const registered = await doIt("walkthrough 1: register", "/walkthrough/1", "registerStep", {});
    const student = registered.state.params?.student;
    if (!student) {
      run.figures.error("walkthrough 1: register", "the answer names no student");
      throw new StepFailed("no student");
    }
    await page(run, jar, "page: walkthrough step", step(1, student));
    if (this.sandbox === undefined) await this.readStreams(student);
    await thinkPause(run);
    await doIt("walkthrough 1: change details", step(1, student), "changeDetailsStep", { student });
    await page(run, jar, "page: walkthrough step", step(1, student));
    await thinkPause(run);

    // Step 2: enrol.
    await page(run, jar, "page: walkthrough step", step(2, student));
    const enrolled = await doIt("walkthrough 2: enrol", step(2, student), "enrolStep", { student });
    await page(run, jar, "page: walkthrough step", step(2, student, `&expect=${enrolled.state.params?.expect ?? ""}`));
    await thinkPause(run);

    // Step 4: append, then watch the read model catch up.
    await page(run, jar, "page: walkthrough step", step(4, student));
    const appended = await doIt("walkthrough 4: append", step(4, student), "appendForLag", { student });
    const answeredAt = performance.now();
    const revision = appended.state.revision ?? Number(appended.state.params?.expect);
    await Promise.all([
      page(run, jar, "page: walkthrough step", step(4, student, `&expect=${revision}`)),
      this.watchLag(student, revision, answeredAt),
    ]);
    await thinkPause(run);

    // Step 5: a tab's save, expecting the revision it loaded.
    await page(run, jar, "page: walkthrough step", step(5, student));
    await doIt("walkthrough 5: save from a tab", step(5, student), "saveFromTab", {
      student,
      expectedRevision: String(revision),
      email: `tab.${tag}@example.org`,
    });
    await thinkPause(run);

    // The students pages: register through the form, save details, enrol.
    await page(run, jar, "page: new student", "/students/new");
    const person = { fullName: `Load Student ${tag}`, email: `student.${tag}@example.org`, dateOfBirth: "2001-02-03" };
    const created = await action(run, jar, "students: register", "/students/new", "register", person, {
      redirect: /^\/students\/[^/?]+$/,
    });
    const studentId = decodeURIComponent(created.redirect!.slice("/students/".length));
    const studentPage = `/students/${encodeURIComponent(studentId)}`;
    await thinkPause(run);
    const saved = await doIt("students: save details", studentPage, "updateDetails", {
      studentId,
      expectedRevision: "1",
      fullName: person.fullName,
      email: `changed.${tag}@example.org`,
    });
    await thinkPause(run);
    await action(
      run,
      jar,
      "students: enrol",
      studentPage,
      "enrol",
      {
        studentId,
        expectedRevision: String(saved.state.revision ?? 2),
        courseId: FORM_COURSES[this.rounds % FORM_COURSES.length]!,
      },
      { courseFullIsFine: true },
    );
    await thinkPause(run);

    // The timeline's reads: the feed, the streams, what the projector did with each event.
    await this.readFeed();
    await this.readStreams();
    await this.checkProjections();
    await thinkPause(run);
  }

  /** Polls the read model's route (as step 4's page follows it) until the student's row has the revision. */
  private async watchLag(student: string, revision: number, answeredAt: number): Promise<void> {
    const { run, jar } = this;
    const path = `/api/timeline/read-model?include=${encodeURIComponent(student)}`;
    for (;;) {
      const answer = await timed(
        run,
        "timeline: read model (lag poll)",
        () => request(run.base, jar, path),
        httpProblem,
      );
      const overview = JSON.parse(answer.body.toString("utf8")) as {
        students: { rows: { studentId: string; revision: number }[]; pinned?: { studentId: string; revision: number } };
      };
      const rows = [...overview.students.rows, ...(overview.students.pinned ? [overview.students.pinned] : [])];
      const row = rows.find((r) => r.studentId === student);
      if (row && row.revision >= revision) {
        run.figures.lagSeen.push(performance.now() - answeredAt);
        return;
      }
      if (performance.now() - answeredAt > LAG_TIMEOUT_MS) {
        run.figures.error("projection lag (seen)", `revision ${revision} not in the read model after 10 s`);
        return;
      }
      await pause(LAG_POLL_MS);
    }
  }

  private async readFeed(kind = "api: events (newest 100)"): Promise<void> {
    const { run, jar } = this;
    const answer = await timed(
      run,
      kind,
      () => request(run.base, jar, "/api/events?direction=backwards&limit=100"),
      httpProblem,
    );
    const { events } = JSON.parse(answer.body.toString("utf8")) as { events: { id: string; streamId: string }[] };
    for (const event of events) {
      this.see("GET /api/events", event.streamId);
      if (!this.feedEvents.has(event.id)) this.unprojected.add(event.id);
      this.feedEvents.add(event.id);
    }
  }

  private async readStreams(student?: string): Promise<void> {
    const { run, jar } = this;
    const answer = await timed(run, "api: streams", () => request(run.base, jar, "/api/streams"), httpProblem);
    const { streams } = JSON.parse(answer.body.toString("utf8")) as { streams: { streamId: string }[] };
    if (student)
      this.learnSandbox(
        streams.map((s) => s.streamId),
        student,
      );
    for (const stream of streams) this.see("GET /api/streams", stream.streamId);
  }

  /** Asks the timeline's projection route about the learner's events not known as projected yet. */
  private async checkProjections(): Promise<void> {
    const { run, jar } = this;
    const eventIds = [...this.unprojected].slice(0, 200);
    if (eventIds.length === 0) return;
    const answer = await timed(
      run,
      "timeline: projection",
      () =>
        request(run.base, jar, "/api/timeline/projection", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ eventIds, studentIds: [] }),
        }),
      httpProblem,
    );
    const { projections } = JSON.parse(answer.body.toString("utf8")) as {
      projections: Record<string, { lagMs: number }>;
    };
    for (const [eventId, projection] of Object.entries(projections)) {
      if (!this.unprojected.delete(eventId)) continue;
      run.figures.lagRecorded.push(projection.lagMs);
    }
  }

  /**
   * After the time is up: every event of the learner's feed is projected (within 15 s) and arrived on their live
   * feed (within 5 s more); then the live feed closes.
   */
  async finish(): Promise<void> {
    const { run } = this;
    try {
      if (this.rounds > 0) {
        await this.readFeed("after the run: api: events (newest 100)");
        for (const deadline = performance.now() + 15_000; this.unprojected.size > 0; await pause(500)) {
          await this.checkProjections();
          if (performance.now() > deadline) break;
        }
        if (this.unprojected.size > 0)
          run.figures.error("projection", `${this.unprojected.size} events not projected 15 s after the run`);
        const missing = () => [...this.feedEvents].filter((id) => !this.liveEvents.has(id)).length;
        for (const deadline = performance.now() + 5_000; missing() > 0 && performance.now() < deadline;)
          await pause(200);
        if (this.live && missing() > 0)
          run.figures.error("live feed", `${missing()} of the learner's events never arrived on their live feed`);
      }
      if (this.sandbox === undefined && this.unchecked.length > 0)
        run.figures.error("sandbox", "the learner's own sandbox was never found, so their events went unchecked");
    } catch (error) {
      if (!(error instanceof StepFailed)) run.figures.error("finish", errorMessage(error));
    } finally {
      if (this.live) run.figures.liveReconnects += this.live.reconnects();
      this.live?.close();
    }
  }
}
