/**
 * The project's own source an exercise shows: its solution (the code the app runs) and the types at hand. Read
 * on the server, like the walkthrough's (lib/walkthrough/source-files.ts, whose excerpt rule this uses); each
 * path is spelled out so the build ships exactly these files.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LabSourceName } from "@/lib/lab/lab-source-names";
import { readShownFile, type SourceText } from "@/lib/walkthrough/source-files";

interface LabSource {
  path: string;
  read: () => Promise<string>;
  excerpt?: { from: RegExp; to: RegExp };
}

const file = (relative: string) => () => readFile(path.join(process.cwd(), relative), "utf8");

const SOURCES: Record<LabSourceName, LabSource> = {
  evolve: {
    path: "lib/domain/student/state.ts",
    read: file("lib/domain/student/state.ts"),
    excerpt: { from: /^export function evolve\(/, to: /^}/ },
  },
  studentState: {
    path: "lib/domain/student/state.ts",
    read: file("lib/domain/student/state.ts"),
    excerpt: { from: /^export type NoStudent/, to: /^export type StudentState/ },
  },
  studentEvents: {
    path: "lib/domain/student/events.ts",
    read: file("lib/domain/student/events.ts"),
    excerpt: { from: /^type Event</, to: /^export type StudentEvent =/ },
  },
  studentCommands: { path: "lib/domain/student/commands.ts", read: file("lib/domain/student/commands.ts") },
  decideTypes: {
    path: "lib/domain/student/decide.ts",
    read: file("lib/domain/student/decide.ts"),
    excerpt: { from: /^export type DecideContext/, to: /^  Readonly<\{ ok: true; events/ },
  },
  decideEnrol: {
    path: "lib/domain/student/decide.ts",
    read: file("lib/domain/student/decide.ts"),
    excerpt: { from: /^function enrolStudent\(/, to: /^}/ },
  },
  domainErrorTypes: {
    path: "lib/domain/student/errors.ts",
    read: file("lib/domain/student/errors.ts"),
    excerpt: { from: /^export type DomainError =/, to: /seat_count_unavailable"; message/ },
  },
  courses: {
    path: "lib/domain/courses.ts",
    read: file("lib/domain/courses.ts"),
    excerpt: { from: /^export type Course =/, to: /^];/ },
  },
  upcasters: {
    path: "lib/domain/upcasters.ts",
    read: file("lib/domain/upcasters.ts"),
    excerpt: { from: /^\/\*\* Version 1 called the name/, to: /^}/ },
  },
  upcasterTypes: {
    path: "lib/lab/exercises/upcaster-types.ts",
    read: file("lib/lab/exercises/upcaster-types.ts"),
    excerpt: { from: /^export type/, to: /^};/ },
  },
  courseRoster: {
    path: "lib/lab/reference/course-roster.ts",
    read: file("lib/lab/reference/course-roster.ts"),
    excerpt: { from: /^export const courseRosterHandles/, to: /^}/ },
  },
  courseRosterTypes: {
    path: "lib/lab/reference/course-roster.ts",
    read: file("lib/lab/reference/course-roster.ts"),
    excerpt: { from: /^export type RosterEvent/, to: /^export type CourseRosters/ },
  },
  enrolWithinCapacity: {
    path: "lib/students/student-commands.ts",
    read: file("lib/students/student-commands.ts"),
    excerpt: { from: /^export async function enrolWithinCapacity/, to: /^}/ },
  },
  loadAggregate: {
    path: "lib/event-store/aggregate.ts",
    read: file("lib/event-store/aggregate.ts"),
    excerpt: { from: /^export async function loadAggregate/, to: /^}/ },
  },
  conflictTypes: {
    path: "lib/lab/exercises/conflict-types.ts",
    read: file("lib/lab/exercises/conflict-types.ts"),
    excerpt: { from: /^export type Conflict/, to: /^};/ },
  },
  snapshotTypes: {
    path: "lib/lab/exercises/snapshot-types.ts",
    read: file("lib/lab/exercises/snapshot-types.ts"),
    excerpt: { from: /^export type/, to: /^};/ },
  },
};

export async function readLabSource(name: LabSourceName): Promise<SourceText> {
  return readShownFile(SOURCES[name]);
}
