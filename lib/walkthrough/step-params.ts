/**
 * A step's state in its URL, so every step is deep-linkable: `student` (the selected student, on every
 * step), `fold` (how far step 3's fold has played), `revision` or `at` (time travel), `expect` (the revision
 * steps 2 and 4 appended and wait for), `run` (the rebuild step 8 follows) and `race` (step 10's race). Anything malformed is dropped rather than turned into an error page.
 */
import { isStudentId } from "@/lib/students/student-input-schemas";

export interface StepParams {
  student: string | undefined;
  fold: number | undefined;
  revision: number | undefined;
  /** ISO 8601 instant. */
  at: string | undefined;
  expect: number | undefined;
  run: number | undefined;
  /** A last-seat race's id (16 hex digits). */
  race: string | undefined;
}

type RawSearchParams = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function wholeNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}

function instant(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 40) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const raceId = (value: string | undefined) => (value !== undefined && /^[0-9a-f]{16}$/.test(value) ? value : undefined);

export function parseStepParams(raw: RawSearchParams): StepParams {
  const student = first(raw.student);
  return {
    student: student !== undefined && isStudentId(student) ? student : undefined,
    fold: wholeNumber(first(raw.fold)),
    revision: wholeNumber(first(raw.revision)),
    at: instant(first(raw.at)),
    expect: wholeNumber(first(raw.expect)),
    run: wholeNumber(first(raw.run)),
    race: raceId(first(raw.race)),
  };
}

/** The same parameters as strings, for building URLs on the client. */
export function stepParamsRecord(params: StepParams): Record<string, string | undefined> {
  return {
    student: params.student,
    fold: params.fold === undefined ? undefined : String(params.fold),
    revision: params.revision === undefined ? undefined : String(params.revision),
    at: params.at,
    expect: params.expect === undefined ? undefined : String(params.expect),
    run: params.run === undefined ? undefined : String(params.run),
    race: params.race,
  };
}
