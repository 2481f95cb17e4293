/**
 * A sample class planned from a seed: students registered over the first days of a term, then enrolments,
 * departures and changed addresses spread over the following weeks. Every command goes through the domain's
 * real `decide` (capacity included, counted within the class), and every id (students, events, correlations)
 * comes from the seeded generator, so the same seed always plans exactly the same events. Pure.
 *
 * The event store stamps `recordedAt` with server time, so the plan's time lives in `metadata.occurredAt`;
 * what a re-seed reproduces is the events and their order, not the store's timestamps.
 */
import { COURSES } from "@/lib/domain/courses";
import type { StudentCommand } from "@/lib/domain/student/commands";
import { decide } from "@/lib/domain/student/decide";
import { STUDENT_EVENT_SCHEMA_VERSIONS, type StudentEvent } from "@/lib/domain/student/events";
import { evolve, initialState, type StudentState } from "@/lib/domain/student/state";
import type { NewEvent } from "@/lib/event-store/types";
import { studentEventTags } from "@/lib/domain/course-seats";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { createPrng, type Prng } from "@/lib/instructor/prng";

export const DEFAULT_SEED = 2025;
const TERM_START = Date.UTC(2025, 8, 1, 8, 0, 0);
const MINUTE = 60_000;

// Tables of names, kept compact.
// prettier-ignore
const FIRST_NAMES = [
  "Amara", "Bjørn", "Chen", "Dalia", "Emeka", "Farah", "Gustavo", "Hana", "Ilse", "Jamal", "Kiri", "Léa",
  "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena",
  "Yusuf", "Zoë"
];
// prettier-ignore
const LAST_NAMES = [
  "Abara", "Berg", "Costa", "Dubois", "Eze", "Fischer", "García", "Haddad", "Ito", "Jensen", "Kowalski",
  "Lindqvist", "Moreau", "Nakamura", "Okafor", "Patel", "Quispe", "Rossi", "Silva", "Tanaka", "Urquhart",
  "Varga", "Weber", "Yilmaz", "Zhang"
];
const MAIL_DOMAINS = ["example.edu", "example.org", "mail.example.com"];

export interface PlannedAppend {
  streamId: string;
  studentId: string;
  /** The stream's revision before this event (0: the stream must not exist yet). */
  expectedRevision: number;
  event: NewEvent & { id: string };
}

export interface SampleClass {
  seed: number;
  students: { studentId: string; fullName: string }[];
  /** In the order to append them: the order they happened. */
  appends: PlannedAppend[];
}

interface Member {
  studentId: string;
  streamId: string;
  state: StudentState;
  revision: number;
}

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace("ø", "o")
    .toLowerCase();

export function planSampleClass(
  seed: number,
  { students = 30, actions = 270 }: { students?: number; actions?: number } = {},
): SampleClass {
  const prng = createPrng(seed);
  let clock = TERM_START;
  const later = (minMinutes: number, maxMinutes: number) =>
    new Date((clock += prng.int(minMinutes, maxMinutes) * MINUTE));
  const seats = new Map<string, number>();
  const appends: PlannedAppend[] = [];
  const roster: Member[] = [];

  const record = (member: Member, event: StudentEvent, command: StudentCommand["type"], at: Date) => {
    const correlationId = prng.uuid();
    appends.push({
      streamId: member.streamId,
      studentId: member.studentId,
      expectedRevision: member.revision,
      event: {
        id: prng.uuid(),
        type: event.type,
        data: { ...event.data },
        schemaVersion: STUDENT_EVENT_SCHEMA_VERSIONS[event.type],
        // Seat events carry their course's tag, as the enrol command writes them, so later decisions count them.
        ...withTags(studentEventTags(event)),
        metadata: {
          correlationId,
          causationId: correlationId,
          command,
          occurredAt: at.toISOString(),
          seed: String(seed),
        },
      },
    });
    member.state = evolve(member.state, event);
    member.revision += 1;
    if (event.type === "StudentEnrolled") seats.set(event.data.courseId, (seats.get(event.data.courseId) ?? 0) + 1);
    if (event.type === "StudentUnenrolled") seats.set(event.data.courseId, (seats.get(event.data.courseId) ?? 1) - 1);
  };

  /** Runs one command through the domain; a rejection (a full course, say) plans nothing. */
  const run = (member: Member, command: StudentCommand, at: Date): boolean => {
    const courseId = "courseId" in command.data ? command.data.courseId : "";
    const result = decide(command, member.state, { now: at, seatsTaken: seats.get(courseId) ?? 0 });
    if (!result.ok || result.events.length === 0) return false;
    for (const event of result.events) record(member, event, command.type, at);
    return true;
  };

  for (let i = 0; i < students; i += 1) {
    const studentId = prng.uuid();
    const [first, last] = [prng.pick(FIRST_NAMES), prng.pick(LAST_NAMES)];
    const member: Member = { studentId, streamId: studentStreamId(studentId), state: initialState(), revision: 0 };
    const dateOfBirth = `${prng.int(1990, 2006)}-${String(prng.int(1, 12)).padStart(2, "0")}-${String(prng.int(1, 28)).padStart(2, "0")}`;
    const email = `${ascii(first)}.${ascii(last)}.${i + 1}@${MAIL_DOMAINS[0]}`;
    run(
      member,
      { type: "RegisterStudent", data: { studentId, fullName: `${first} ${last}`, email, dateOfBirth } },
      later(5, 180),
    );
    roster.push(member);
  }

  for (let done = 0, attempts = 0; done < actions && attempts < actions * 5; attempts += 1) {
    if (nextAction(prng, roster, run, later)) done += 1;
  }
  return {
    seed,
    students: roster.map((m) => ({
      studentId: m.studentId,
      fullName: m.state.status === "registered" ? m.state.fullName : "",
    })),
    appends,
  };
}

const withTags = (tags: string[]) => (tags.length > 0 ? { tags } : {});

function nextAction(
  prng: Prng,
  roster: readonly Member[],
  run: (m: Member, c: StudentCommand, at: Date) => boolean,
  later: (a: number, b: number) => Date,
): boolean {
  const member = prng.pick(roster);
  if (member.state.status !== "registered") return false;
  const { studentId, courses, fullName, email } = member.state;
  const roll = prng.next();
  const at = later(1, 240);
  if (roll < 0.6) {
    return run(member, { type: "EnrolStudent", data: { studentId, courseId: prng.pick(COURSES).id } }, at);
  }
  if (roll < 0.8) {
    if (courses.length === 0) return false;
    return run(member, { type: "UnenrolStudent", data: { studentId, courseId: prng.pick(courses) } }, at);
  }
  const local = email.slice(0, email.indexOf("@")).replace(/\.v\d+$/, "");
  const newEmail = `${local}.v${prng.int(2, 99)}@${prng.pick(MAIL_DOMAINS)}`;
  return run(member, { type: "UpdateStudentDetails", data: { studentId, fullName, email: newEmail } }, at);
}
