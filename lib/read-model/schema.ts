/**
 * The read model's tables. drizzle-kit reads this file to generate migrations into drizzle/, which is why it
 * does not import "server-only" (that import throws outside React Server Components).
 *
 * MariaDB note for later tables: drizzle's serial() does not work there; an auto-increment id is
 * bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey().
 */
import {
  bigint,
  boolean,
  customType,
  date,
  datetime,
  index,
  int,
  json,
  mysqlTable,
  primaryKey,
  text,
  tinyint,
  uniqueIndex,
  varchar,
} from "drizzle-orm/mysql-core";

/** Column sizes the projection checks before it writes, so an event that cannot fit is skipped, not poison. */
export const READ_MODEL_LIMITS = { studentId: 64, fullName: 100, email: 254, courseId: 64 } as const;

/**
 * An identifier column compared byte for byte. The table default (utf8mb4_unicode_ci) would make
 * `student-ab` and `student-AB`, two streams in the event store, one row here. utf8mb4_bin works on MariaDB
 * and MySQL alike; its PAD SPACE rule cannot join two ids either, as stream ids have no spaces and course ids
 * in the read model come from the catalogue.
 */
const exactId = (name: string, length: number) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => `varchar(${length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
  })(name);

/**
 * The sandbox a row belongs to (lib/domain/sandbox.ts): "-" for solo use, `sbx.…` for a learner. Part of every
 * key of the student tables, so equal student or course ids in two sandboxes are two rows, never one.
 */
const sandboxColumn = () => exactId("sandbox", 16).notNull().default("-");

/** Column builders are functions so a rebuild can make its shadow tables (<name>_next) from the same ones. */
export const studentColumns = () => ({
  sandbox: sandboxColumn(),
  id: exactId("id", READ_MODEL_LIMITS.studentId).notNull(),
  fullName: varchar("full_name", { length: READ_MODEL_LIMITS.fullName }).notNull(),
  email: varchar("email", { length: READ_MODEL_LIMITS.email }).notNull(),
  dateOfBirth: date("date_of_birth", { mode: "string" }).notNull(),
  enrolmentCount: int("enrolment_count").notNull().default(0),
  /** The revision of the student's event stream this row reflects. */
  revision: int("revision").notNull(),
  createdAt: datetime("created_at", { mode: "string", fsp: 3 }).notNull(),
  updatedAt: datetime("updated_at", { mode: "string", fsp: 3 }).notNull(),
});

export const students = mysqlTable("students", studentColumns(), (t) => [
  primaryKey({ columns: [t.sandbox, t.id] }),
  index("students_name").on(t.sandbox, t.fullName),
  index("students_email").on(t.sandbox, t.email),
]);

/** One row per (student, course) the student is enrolled in now. */
export const enrolmentColumns = () => ({
  sandbox: sandboxColumn(),
  studentId: exactId("student_id", READ_MODEL_LIMITS.studentId).notNull(),
  courseId: exactId("course_id", READ_MODEL_LIMITS.courseId).notNull(),
  enrolledAt: datetime("enrolled_at", { mode: "string", fsp: 3 }).notNull(),
  /** The revision of the StudentEnrolled event that made this row. */
  revision: int("revision").notNull(),
});

export const enrolments = mysqlTable("enrolments", enrolmentColumns(), (t) => [
  primaryKey({ columns: [t.sandbox, t.studentId, t.courseId] }),
  index("enrolments_course").on(t.sandbox, t.courseId),
]);

/** Seats taken per course: what the capacity rule reads. */
export const courseCountColumns = () => ({
  sandbox: sandboxColumn(),
  courseId: exactId("course_id", READ_MODEL_LIMITS.courseId).notNull(),
  enrolled: int("enrolled").notNull().default(0),
});

export const courseEnrolmentCounts = mysqlTable("course_enrolment_counts", courseCountColumns(), (t) => [
  primaryKey({ columns: [t.sandbox, t.courseId] }),
]);

/** The projector's checkpoint per event stream: the last revision applied to the tables above. */
export const checkpointColumns = () => ({
  sandbox: sandboxColumn(),
  streamId: exactId("stream_id", 128).primaryKey(),
  revision: int("revision").notNull(),
  updatedAt: datetime("updated_at", { mode: "string", fsp: 3 }).notNull(),
});

export const streamCheckpoints = mysqlTable("stream_checkpoints", checkpointColumns());

/** Every event the projector has handled, when, with what lag, and which rows it changed. */
export const projectedEventColumns = () => ({
  sandbox: sandboxColumn(),
  streamId: exactId("stream_id", 128).notNull(),
  revision: int("revision").notNull(),
  eventId: exactId("event_id", 36).notNull(),
  type: varchar("type", { length: 100 }).notNull(),
  status: varchar("status", { length: 16 }).notNull(),
  reason: varchar("reason", { length: 255 }),
  changedRows: json("changed_rows").$type<string[]>().notNull(),
  recordedAt: datetime("recorded_at", { mode: "string", fsp: 3 }).notNull(),
  projectedAt: datetime("projected_at", { mode: "string", fsp: 3 }).notNull(),
  lagMs: int("lag_ms").notNull(),
});

export const projectedEvents = mysqlTable("projected_events", projectedEventColumns(), (t) => [
  primaryKey({ columns: [t.streamId, t.revision] }),
  index("projected_events_event").on(t.eventId),
  index("projected_events_time").on(t.projectedAt),
  index("projected_events_sandbox_time").on(t.sandbox, t.projectedAt),
]);

/** Tables a rebuild fills side by side (as <name>_next) and swaps in at once. */
export const REBUILT_TABLES = [
  "students",
  "enrolments",
  "course_enrolment_counts",
  "stream_checkpoints",
  "projected_events",
] as const;

/** Where the projector is in each shard of the events table's DynamoDB Stream. */
export const projectorShards = mysqlTable(
  "projector_shards",
  {
    streamArn: varchar("stream_arn", { length: 255 }).notNull(),
    shardId: varchar("shard_id", { length: 128 }).notNull(),
    sequenceNumber: varchar("sequence_number", { length: 64 }),
    ended: boolean("ended").notNull().default(false),
    updatedAt: datetime("updated_at", { mode: "string", fsp: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.streamArn, t.shardId] })],
);

/** Instructor controls for the projector (one row, id 1): pause, and an artificial delay. */
export const projectorControl = mysqlTable("projector_control", {
  id: tinyint("id").primaryKey(),
  paused: boolean("paused").notNull().default(false),
  delayMs: int("delay_ms").notNull().default(0),
  updatedAt: datetime("updated_at", { mode: "string", fsp: 3 }).notNull(),
});

/** What the projector reports about itself (one row, id 1). */
export const projectorStatus = mysqlTable("projector_status", {
  id: tinyint("id").primaryKey(),
  heartbeatAt: datetime("heartbeat_at", { mode: "string", fsp: 3 }).notNull(),
  state: varchar("state", { length: 16 }).notNull(),
  applied: bigint("applied", { mode: "number", unsigned: true }).notNull().default(0),
  skipped: bigint("skipped", { mode: "number", unsigned: true }).notNull().default(0),
  failed: bigint("failed", { mode: "number", unsigned: true }).notNull().default(0),
  lastError: text("last_error"),
  lastErrorAt: datetime("last_error_at", { mode: "string", fsp: 3 }),
});

/** Events the projector could not apply after retries (poison): parked here, visible, never blocking. */
export const projectorFailures = mysqlTable("projector_failures", {
  id: bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey(),
  sandbox: sandboxColumn(),
  streamId: exactId("stream_id", 128).notNull(),
  revision: int("revision").notNull(),
  eventId: exactId("event_id", 36).notNull(),
  type: varchar("type", { length: 100 }).notNull(),
  error: text("error").notNull(),
  failedAt: datetime("failed_at", { mode: "string", fsp: 3 }).notNull(),
});

/** Read-model rebuilds, with progress for the terminal and the UI. */
export const rebuildRuns = mysqlTable("rebuild_runs", {
  id: bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey(),
  status: varchar("status", { length: 16 }).notNull(),
  phase: varchar("phase", { length: 32 }).notNull(),
  eventsDone: int("events_done").notNull().default(0),
  eventsTotal: int("events_total").notNull().default(0),
  eventsPerSecond: int("events_per_second").notNull().default(0),
  checksumBefore: varchar("checksum_before", { length: 64 }),
  checksumAfter: varchar("checksum_after", { length: 64 }),
  error: text("error"),
  startedAt: datetime("started_at", { mode: "string", fsp: 3 }).notNull(),
  finishedAt: datetime("finished_at", { mode: "string", fsp: 3 }),
});

/**
 * Classes and their learners (docs/classes.md). Not a projection: the deployment's own records, like the
 * projector's controls, so a rebuild leaves them alone. A learner's sandboxes are listed in learner_sandboxes,
 * the newest being the one they work in ("start over" adds one; the old ones stay for the instructor).
 */
export const classes = mysqlTable("classes", {
  id: exactId("id", 16).primaryKey(),
  name: varchar("name", { length: 80 }).notNull(),
  open: boolean("open").notNull().default(true),
  createdAt: datetime("created_at", { mode: "string", fsp: 3 }).notNull(),
  /** The class's shared sandbox: streams every learner of the class may read and write (class activities). */
  sharedSandbox: exactId("shared_sandbox", 16),
  /** The shared student of the running activity (everyone saves it at once), if one runs. */
  activityStudent: exactId("activity_student", 64),
});

/** Each learner's save in a class activity: the revision they expected, and whether it won or was refused. */
export const classAttempts = mysqlTable(
  "class_attempts",
  {
    id: bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey(),
    classId: exactId("class_id", 16).notNull(),
    activityStudent: exactId("activity_student", 64).notNull(),
    learnerId: exactId("learner_id", 16).notNull(),
    expectedRevision: int("expected_revision").notNull(),
    /** "saved" (this save made the next revision) or "refused" (another save got there first). */
    outcome: varchar("outcome", { length: 16 }).notNull(),
    at: datetime("at", { mode: "string", fsp: 3 }).notNull(),
  },
  (t) => [index("class_attempts_activity").on(t.classId, t.activityStudent, t.expectedRevision)],
);

export const learners = mysqlTable(
  "learners",
  {
    id: exactId("id", 16).primaryKey(),
    classId: exactId("class_id", 16).notNull(),
    displayName: varchar("display_name", { length: 60 }).notNull(),
    joinedAt: datetime("joined_at", { mode: "string", fsp: 3 }).notNull(),
  },
  (t) => [index("learners_class").on(t.classId, t.joinedAt)],
);

export const learnerSandboxes = mysqlTable(
  "learner_sandboxes",
  {
    sandbox: exactId("sandbox", 16).primaryKey(),
    learnerId: exactId("learner_id", 16).notNull(),
    startedAt: datetime("started_at", { mode: "string", fsp: 3 }).notNull(),
    /** The walkthrough step of the learner's last "Do it" in this sandbox, and whether it did what it should. */
    step: tinyint("step"),
    stepOk: boolean("step_ok"),
    stepAt: datetime("step_at", { mode: "string", fsp: 3 }),
  },
  (t) => [index("learner_sandboxes_learner").on(t.learnerId, t.startedAt)],
);

/**
 * The last-seat races of walkthrough step 10 (lib/walkthrough/seat-race.ts): each race enrols its racers in one
 * course twice, in two fresh sandboxes: once checked against the read model's seat count, once inside the
 * course's consistency boundary. A class-wide race has its class; a solo one belongs to the sandbox that ran it.
 */
export const seatRaces = mysqlTable(
  "seat_races",
  {
    id: exactId("id", 16).primaryKey(),
    ownerSandbox: exactId("owner_sandbox", 16).notNull(),
    classId: exactId("class_id", 16),
    courseId: exactId("course_id", 64).notNull(),
    capacity: int("capacity").notNull(),
    checkSandbox: exactId("check_sandbox", 16).notNull(),
    boundarySandbox: exactId("boundary_sandbox", 16).notNull(),
    createdAt: datetime("created_at", { mode: "string", fsp: 3 }).notNull(),
  },
  (t) => [index("seat_races_class").on(t.classId, t.createdAt)],
);

/** Each racer's enrolment on each side of a race: who, as which student, and what they were told. */
export const seatRaceAttempts = mysqlTable(
  "seat_race_attempts",
  {
    id: bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey(),
    raceId: exactId("race_id", 16).notNull(),
    /** "check" (the read-model count) or "boundary" (the course's seat events). */
    side: varchar("side", { length: 8 }).notNull(),
    /** One attempt per racer and side: `racer-3` in a solo race, the learner's id in a class race. */
    racerKey: exactId("racer_key", 32).notNull(),
    racerName: varchar("racer_name", { length: 60 }).notNull(),
    studentId: exactId("student_id", 64).notNull(),
    /** "enrolled", "full" (told the course is full) or "error". */
    outcome: varchar("outcome", { length: 16 }).notNull(),
    /** Appends refused by the boundary's condition, each followed by a fresh decision (0 on the check side). */
    conflicts: int("conflicts").notNull(),
    at: datetime("at", { mode: "string", fsp: 3 }).notNull(),
  },
  (t) => [uniqueIndex("seat_race_attempts_racer").on(t.raceId, t.side, t.racerKey)],
);

/**
 * The lab's exercises each sandbox passed (issue 17). The learner's code runs only in their browser, so a pass is
 * what their browser reported, for the instructor's class view: progress to follow, not a grade the server checked.
 */
export const labPasses = mysqlTable(
  "lab_passes",
  {
    sandbox: sandboxColumn(),
    exerciseId: exactId("exercise_id", 32).notNull(),
    passedAt: datetime("passed_at", { mode: "string", fsp: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sandbox, t.exerciseId] })],
);
