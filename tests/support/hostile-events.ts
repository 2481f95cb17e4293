/**
 * Generated hostile appends for the integrity test: random event types, shapes, schema versions, sizes and
 * unicode, in student streams, their case twins, other students' ids and streams that are not students at
 * all. Deterministic for a seed (fast-check's generators, sampled), so a failure can be replayed.
 */
import fc from "fast-check";
import type { JsonObject, NewEvent } from "@/lib/event-store/types";
import { COURSES } from "@/lib/domain/courses";

export interface HostileAppend {
  streamId: string;
  events: NewEvent[];
}

const STUDENT_TYPES = ["StudentRegistered", "StudentDetailsUpdated", "StudentEnrolled", "StudentUnenrolled"] as const;

/** Strings a person or an attacker might send: plain, any unicode (lone surrogates too), long, empty. */
const text = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "Ada Lovelace",
      "ada@example.edu",
      "Ω",
      "😀 Emoji",
      "<script>x</script>",
      "1e400",
      "__proto__",
      "",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 90, maxLength: 300 }) },
);

const courseId = fc.oneof(
  fc.constantFrom(...COURSES.map((c) => c.id)),
  fc.constantFrom("no-such-course", "WEB-DEVELOPMENT", "web-development "),
  text,
);

/** Student ids: a small pool (so events meet), their upper-case twins, and ids too long for the read model. */
export function hostileAppends(seed: number, count: number): HostileAppend[] {
  const tag = seed.toString(36);
  const ids = [
    ...Array.from({ length: 6 }, (_, i) => `s${i}-${tag}`),
    ...Array.from({ length: 3 }, (_, i) => `S${i}-${tag.toUpperCase()}`),
    `long-${"x".repeat(70)}-${tag}`,
  ];
  const streams = [...ids.map((id) => `student-${id}`), `orders-${tag}`, `Student-s0-${tag}`];
  const studentIdFor = (streamId: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(streamId.startsWith("student-") ? streamId.slice("student-".length) : "s0") },
      { weight: 1, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: text },
    );
  /** Data of a student event with a schema version: mostly the matching one, sometimes not. */
  const studentData = (type: string, streamId: string): fc.Arbitrary<{ data: JsonObject; schemaVersion?: number }> =>
    studentIdFor(streamId).chain((studentId) => {
      const versioned = (data: fc.Arbitrary<JsonObject>, usual: number) =>
        fc.record({
          data,
          schemaVersion: fc.oneof(
            { weight: 4, arbitrary: fc.constant(usual) },
            { weight: 1, arbitrary: fc.constantFrom(undefined, 1, 2, 3) },
          ),
        });
      switch (type) {
        case "StudentRegistered":
          return fc.oneof(
            versioned(
              fc.record({
                studentId: fc.constant(studentId),
                fullName: text,
                email: text,
                dateOfBirth: fc.constantFrom("2000-01-01", "2000-01-01", "2000-02-30", "yesterday"),
              }),
              2,
            ),
            versioned(
              fc.record({
                studentId: fc.constant(studentId),
                name: text,
                email: text,
                dateOfBirth: fc.constant("1999-09-09"),
              }),
              1,
            ),
          );
        case "StudentDetailsUpdated":
          return versioned(fc.record({ studentId: fc.constant(studentId), fullName: text, email: text }), 1);
        default:
          return versioned(fc.record({ studentId: fc.constant(studentId), courseId }), 1);
      }
    });
  const randomData = fc.record({
    data: fc.dictionary(text, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }) as fc.Arbitrary<JsonObject>,
    schemaVersion: fc.constantFrom(undefined, 1, 2),
  });
  const event = (streamId: string): fc.Arbitrary<NewEvent> =>
    fc
      .oneof(
        { weight: 5, arbitrary: fc.constantFrom(...STUDENT_TYPES) },
        { weight: 1, arbitrary: fc.constantFrom("StudentGraduated", "student_registered", "X") },
      )
      .chain((type) =>
        fc
          .oneof({ weight: 5, arbitrary: studentData(type, streamId) }, { weight: 1, arbitrary: randomData })
          .map(({ data, schemaVersion }) =>
            schemaVersion === undefined ? { type, data } : { type, data, schemaVersion },
          ),
      );
  const append = fc
    .constantFrom(...streams)
    .chain((streamId) =>
      fc.record({ streamId: fc.constant(streamId), events: fc.array(event(streamId), { minLength: 1, maxLength: 3 }) }),
    );
  return fc.sample(append, { seed, numRuns: count });
}
