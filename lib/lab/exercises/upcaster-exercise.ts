/** Exercise 4: StudentRegistered from version 1 to 2, checked against the app's upcaster (lib/domain/upcasters.ts). */
import { upcastStudentRegisteredV1 } from "@/lib/domain/upcasters";
import type { ReplayGroup } from "@/lib/lab/divergence";
import type { Exercise, Spec } from "@/lib/lab/exercise";
import type { LabHistory } from "@/lib/lab/lab-history";
import { showValue } from "@/lib/lab/compare";
import type { StudentRegisteredV1Data } from "@/lib/lab/exercises/upcaster-types";

function upcastSpec(id: string, given: string, data: unknown): Spec {
  let expected: unknown;
  let throws = false;
  try {
    expected = upcastStudentRegisteredV1(data);
  } catch {
    throws = true;
  }
  return {
    id,
    given,
    when: `upcast is given ${showValue(data)}`,
    then: throws ? "it throws" : `it gives ${showValue(expected)}`,
    job: { kind: "call", fn: "upcast", args: [data] },
    expected,
    ...(throws ? { expectsThrow: true } : {}),
  };
}

const adaV1: StudentRegisteredV1Data = {
  studentId: "ada",
  name: "Ada Lovelace",
  email: "ada@example.org",
  dateOfBirth: "1815-12-10",
};

/** Every registration of the history, written as version 1 would have stored it. */
function registrationsAsV1(history: LabHistory): ReplayGroup[] {
  const items: StudentRegisteredV1Data[] = [];
  for (const stream of history.streams) {
    for (const { event } of stream.events) {
      if (event.type !== "StudentRegistered") continue;
      const { studentId, fullName, email, dateOfBirth } = event.data;
      items.push({ studentId, name: fullName, email, dateOfBirth });
    }
  }
  return [
    {
      key: "registrations",
      label: "Every registration, stored as version 1",
      events: items,
      describe: items.map((item) => `${item.name}, version 1`),
      initial: null,
      expected: items.map((item) => upcastStudentRegisteredV1(item)),
      fn: "upcast",
      mode: "map",
    },
  ];
}

const STARTER = `// Stored StudentRegistered data of version 1, read back today: return the version 2 shape.
// The data comes from storage, so trust nothing about it: throw when it is not a version 1 registration.
export function upcast(data: unknown): StudentRegisteredV2Data {
  const v1 = data as StudentRegisteredV1Data;
  return v1 as unknown as StudentRegisteredV2Data;
}
`;

export const upcasterExercise: Exercise = {
  id: "upcaster",
  number: 4,
  title: "Upcast an old event",
  summary: "Read StudentRegistered version 1 as version 2, without rewriting history.",
  explanation: [
    "Events are kept for ever, but their shape may change. Version 1 of `StudentRegistered` called the student's name `name`; version 2 calls it `fullName`. The events already stored stay as they were written.",
    "So the event store upcasts on read: each stored event of an old version passes through an upcaster that returns the current shape, and the domain only ever sees version 2.",
    "What is stored is not checked by a compiler: an upcaster must refuse data that is not the old shape (throw), rather than let a broken event into the fold. It also copies only the fields it knows.",
  ],
  starter: STARTER,
  hints: [
    "Check that `data` is an object (not null, not an array) and that each of `studentId`, `name`, `email`, `dateOfBirth` is a string of its own.",
    "Throw an `Error` saying which field is missing; return `{ studentId, fullName: name, email, dateOfBirth }` otherwise: nothing more, so stray stored fields stay out.",
  ],
  solution: "upcasters",
  types: ["upcasterTypes"],
  specs: () => [
    upcastSpec("renames", "a registration stored as version 1", adaV1),
    upcastSpec("keeps-the-name-as-written", "a name with accents", { ...adaV1, name: "Zoë Ńakamura-García" }),
    upcastSpec("copies-only-known-fields", "stored data with a stray field", { ...adaV1, nickname: "Countess" }),
    upcastSpec("refuses-a-missing-name", "data without a name", {
      studentId: "ada",
      email: "ada@example.org",
      dateOfBirth: "1815-12-10",
    }),
    upcastSpec("refuses-a-number", "data whose email is a number", { ...adaV1, email: 42 }),
    upcastSpec("refuses-null", "no data at all", null),
    upcastSpec("refuses-version-2", "data already of version 2", {
      studentId: "ada",
      fullName: "Ada",
      email: "a@b.c",
      dateOfBirth: "1815-12-10",
    }),
  ],
  replay: { describes: "every registration, written as version 1", groups: registrationsAsV1 },
};
