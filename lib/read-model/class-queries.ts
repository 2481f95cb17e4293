/** Classes, learners and their sandboxes in MySQL (docs/classes.md): what joining, starting over and the class view need. */
import "server-only";
import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { ReadModel } from "@/lib/read-model/client";
import { classAttempts, classes, learners, learnerSandboxes, projectedEvents } from "@/lib/read-model/schema";
import { fromSqlDateTime, toSqlDateTime } from "@/lib/read-model/sql-time";

export interface ClassRow {
  id: string;
  name: string;
  open: boolean;
  createdAt: string;
  sharedSandbox: string | null;
  activityStudent: string | null;
}

export interface LearnerView {
  learnerId: string;
  displayName: string;
  classId: string;
  className: string;
  classOpen: boolean;
  /** The sandbox the learner works in now: their newest. */
  sandbox: string;
  /** The class's shared sandbox, which every learner of the class may also read and write. */
  sharedSandbox: string | null;
  activityStudent: string | null;
}

const now = () => toSqlDateTime(new Date());

export async function createClass(
  readModel: ReadModel,
  id: string,
  name: string,
  sharedSandbox: string,
): Promise<ClassRow> {
  const createdAt = now();
  await readModel.db.insert(classes).values({ id, name, open: true, createdAt, sharedSandbox });
  return { id, name, open: true, createdAt: fromSqlDateTime(createdAt), sharedSandbox, activityStudent: null };
}

export async function findClass(readModel: ReadModel, id: string): Promise<ClassRow | undefined> {
  const [row] = await readModel.db.select().from(classes).where(eq(classes.id, id)).limit(1);
  return row && { ...row, createdAt: fromSqlDateTime(row.createdAt) };
}

export async function listClasses(readModel: ReadModel): Promise<(ClassRow & { learners: number })[]> {
  const rows = await readModel.db
    .select({
      id: classes.id,
      name: classes.name,
      open: classes.open,
      createdAt: classes.createdAt,
      sharedSandbox: classes.sharedSandbox,
      activityStudent: classes.activityStudent,
      learners: count(learners.id),
    })
    .from(classes)
    .leftJoin(learners, eq(learners.classId, classes.id))
    .groupBy(classes.id)
    .orderBy(desc(classes.createdAt));
  return rows.map((row) => ({ ...row, createdAt: fromSqlDateTime(row.createdAt) }));
}

export async function setClassOpen(readModel: ReadModel, id: string, open: boolean): Promise<void> {
  await readModel.db.update(classes).set({ open }).where(eq(classes.id, id));
}

/** A new learner in a class, with their first sandbox, in one transaction. */
export async function addLearner(
  readModel: ReadModel,
  learner: { id: string; classId: string; displayName: string; sandbox: string },
): Promise<void> {
  const at = now();
  await readModel.db.transaction(async (tx) => {
    await tx
      .insert(learners)
      .values({ id: learner.id, classId: learner.classId, displayName: learner.displayName, joinedAt: at });
    await tx.insert(learnerSandboxes).values({ sandbox: learner.sandbox, learnerId: learner.id, startedAt: at });
  });
}

/** "Start over": a new sandbox becomes the learner's; the old one stays, with its events, for the instructor. */
export async function addSandbox(readModel: ReadModel, learnerId: string, sandbox: string): Promise<void> {
  await readModel.db.insert(learnerSandboxes).values({ sandbox, learnerId, startedAt: now() });
}

export async function findLearner(readModel: ReadModel, learnerId: string): Promise<LearnerView | undefined> {
  const [row] = await readModel.db
    .select({
      learnerId: learners.id,
      displayName: learners.displayName,
      classId: classes.id,
      className: classes.name,
      classOpen: classes.open,
      sandbox: learnerSandboxes.sandbox,
      sharedSandbox: classes.sharedSandbox,
      activityStudent: classes.activityStudent,
    })
    .from(learners)
    .innerJoin(classes, eq(classes.id, learners.classId))
    .innerJoin(learnerSandboxes, eq(learnerSandboxes.learnerId, learners.id))
    .where(eq(learners.id, learnerId))
    .orderBy(desc(learnerSandboxes.startedAt), desc(learnerSandboxes.sandbox))
    .limit(1);
  return row;
}

/** Whether a sandbox belongs to a class (the instructor may open any sandbox of any class). */
export async function isClassSandbox(readModel: ReadModel, sandbox: string): Promise<boolean> {
  const [row] = await readModel.db
    .select({ sandbox: learnerSandboxes.sandbox })
    .from(learnerSandboxes)
    .where(eq(learnerSandboxes.sandbox, sandbox))
    .limit(1);
  return row !== undefined;
}

export async function recordStepAttempt(
  readModel: ReadModel,
  sandbox: string,
  step: number,
  ok: boolean,
): Promise<void> {
  await readModel.db
    .update(learnerSandboxes)
    .set({ step, stepOk: ok, stepAt: now() })
    .where(eq(learnerSandboxes.sandbox, sandbox));
}

export interface RosterSandbox {
  sandbox: string;
  startedAt: string;
  current: boolean;
  step: number | null;
  stepOk: boolean | null;
  stepAt: string | null;
  events: number;
  /** Newest projected event's append → projection time, ms; null before any. */
  lastLagMs: number | null;
  lastProjectedAt: string | null;
}

export interface RosterLearner {
  learnerId: string;
  displayName: string;
  joinedAt: string;
  sandboxes: RosterSandbox[];
}

/** Everyone in a class, each with every sandbox they had (newest first) and what the projector did there. */
export async function classRoster(readModel: ReadModel, classId: string): Promise<RosterLearner[]> {
  const { db } = readModel;
  const people = await db
    .select()
    .from(learners)
    .where(eq(learners.classId, classId))
    .orderBy(asc(learners.joinedAt), asc(learners.id));
  if (people.length === 0) return [];
  const boxes = await db
    .select()
    .from(learnerSandboxes)
    .where(
      inArray(
        learnerSandboxes.learnerId,
        people.map((p) => p.id),
      ),
    )
    .orderBy(desc(learnerSandboxes.startedAt), desc(learnerSandboxes.sandbox));
  const sandboxIds = boxes.map((b) => b.sandbox);
  const activity = await db
    .select({
      sandbox: projectedEvents.sandbox,
      events: count(),
      lastProjectedAt: max(projectedEvents.projectedAt),
      lastLagMs: sql<
        number | null
      >`SUBSTRING_INDEX(GROUP_CONCAT(${projectedEvents.lagMs} ORDER BY ${projectedEvents.projectedAt} DESC), ',', 1)`,
    })
    .from(projectedEvents)
    .where(inArray(projectedEvents.sandbox, sandboxIds))
    .groupBy(projectedEvents.sandbox);
  const bySandbox = new Map(activity.map((a) => [a.sandbox, a]));
  return people.map((person) => {
    const own = boxes.filter((b) => b.learnerId === person.id);
    return {
      learnerId: person.id,
      displayName: person.displayName,
      joinedAt: fromSqlDateTime(person.joinedAt),
      sandboxes: own.map((box, i) => {
        const seen = bySandbox.get(box.sandbox);
        return {
          sandbox: box.sandbox,
          startedAt: fromSqlDateTime(box.startedAt),
          current: i === 0,
          step: box.step,
          stepOk: box.stepOk,
          stepAt: box.stepAt && fromSqlDateTime(box.stepAt),
          events: seen?.events ?? 0,
          lastLagMs: seen?.lastLagMs === null || seen?.lastLagMs === undefined ? null : Number(seen.lastLagMs),
          lastProjectedAt: seen?.lastProjectedAt ? fromSqlDateTime(seen.lastProjectedAt) : null,
        };
      }),
    };
  });
}

/** Who owns a sandbox, for the instructor's "present this sandbox" banner. */
export async function sandboxOwner(
  readModel: ReadModel,
  sandbox: string,
): Promise<{ displayName: string; className: string; current: boolean } | undefined> {
  const [row] = await readModel.db
    .select({ displayName: learners.displayName, className: classes.name, learnerId: learners.id })
    .from(learnerSandboxes)
    .innerJoin(learners, eq(learners.id, learnerSandboxes.learnerId))
    .innerJoin(classes, eq(classes.id, learners.classId))
    .where(and(eq(learnerSandboxes.sandbox, sandbox)))
    .limit(1);
  if (!row) return undefined;
  const current = await findLearner(readModel, row.learnerId);
  return { displayName: row.displayName, className: row.className, current: current?.sandbox === sandbox };
}

/** Starts a class activity on a shared student (the one everyone saves at once). */
export async function setClassActivity(readModel: ReadModel, classId: string, studentId: string): Promise<void> {
  await readModel.db.update(classes).set({ activityStudent: studentId }).where(eq(classes.id, classId));
}

export async function recordAttempt(
  readModel: ReadModel,
  attempt: {
    classId: string;
    activityStudent: string;
    learnerId: string;
    expectedRevision: number;
    outcome: "saved" | "refused";
  },
): Promise<void> {
  await readModel.db.insert(classAttempts).values({ ...attempt, at: now() });
}

export interface ActivityRound {
  /** The revision the savers had loaded; the winner's save made the next one. */
  expectedRevision: number;
  winner: string | undefined;
  refused: string[];
}

/** The activity as the class view shows it: per revision, who won and who was refused, newest first. */
export async function activityRounds(
  readModel: ReadModel,
  classId: string,
  activityStudent: string,
): Promise<ActivityRound[]> {
  const rows = await readModel.db
    .select({
      expectedRevision: classAttempts.expectedRevision,
      outcome: classAttempts.outcome,
      displayName: learners.displayName,
    })
    .from(classAttempts)
    .innerJoin(learners, eq(learners.id, classAttempts.learnerId))
    .where(and(eq(classAttempts.classId, classId), eq(classAttempts.activityStudent, activityStudent)))
    .orderBy(desc(classAttempts.expectedRevision), asc(classAttempts.id));
  const rounds = new Map<number, ActivityRound>();
  for (const row of rows) {
    const round = rounds.get(row.expectedRevision) ?? {
      expectedRevision: row.expectedRevision,
      winner: undefined,
      refused: [],
    };
    if (row.outcome === "saved") round.winner = row.displayName;
    else round.refused.push(row.displayName);
    rounds.set(row.expectedRevision, round);
  }
  return [...rounds.values()];
}
