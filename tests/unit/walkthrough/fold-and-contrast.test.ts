import { describe, expect, it } from "vitest";
import { excerptLines, readSource } from "@/lib/walkthrough/source-files";
import type { StudentEvent } from "@/lib/domain/student/events";
import { foldStudent } from "@/lib/domain/student/state";
import { crudContrast } from "@/lib/walkthrough/crud-contrast";
import { diffStates, foldFrames, stateAfter } from "@/lib/walkthrough/fold-frames";

const registered: StudentEvent = {
  type: "StudentRegistered",
  data: { studentId: "s1", fullName: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "1995-12-10" },
};
const moved: StudentEvent = {
  type: "StudentDetailsUpdated",
  data: { studentId: "s1", fullName: "Ada Lovelace", email: "ada@new.example" },
};
const enrolled: StudentEvent = { type: "StudentEnrolled", data: { studentId: "s1", courseId: "web-development" } };
const stream = [registered, moved, enrolled].map((event, i) => ({ revision: i + 1, event }));

describe("foldFrames", () => {
  const frames = foldFrames(stream);

  it("ends in the state the domain's own fold gives", () => {
    expect(stateAfter(frames, frames.length)).toEqual(foldStudent([registered, moved, enrolled]));
    expect(stateAfter(frames, 0)).toEqual({ status: "none" });
  });

  it("says which fields each event changed", () => {
    expect(frames.map((f) => f.changes.map((c) => c.field))).toEqual([
      ["status", "studentId", "fullName", "email", "dateOfBirth"],
      ["email"],
      ["courses"],
    ]);
    expect(frames[1]!.changes[0]).toEqual({ field: "email", before: "ada@example.com", after: "ada@new.example" });
  });

  it("finds no change between equal states", () => {
    expect(diffStates(frames[0]!.after, frames[0]!.after)).toEqual([]);
  });
});

describe("crudContrast", () => {
  it("keeps one row with the latest values and lists each value an update overwrote", () => {
    const { row, overwritten } = crudContrast(stream);
    expect(row).toEqual({ id: "s1", full_name: "Ada Lovelace", email: "ada@new.example", date_of_birth: "1995-12-10" });
    expect(overwritten).toEqual([{ column: "email", value: "ada@example.com", setAt: 1, replacedAt: 2 }]);
  });

  it("has nothing lost before the first update, and no row before registration", () => {
    expect(crudContrast(stream.slice(0, 1)).overwritten).toEqual([]);
    expect(crudContrast([]).row).toBeUndefined();
  });
});

describe("the source step 3 shows", () => {
  it("is the evolve function alone, with its line numbers in the file", async () => {
    const source = await readSource("evolve");
    expect(source.text?.split("\n")[0]).toMatch(/^export function evolve\(/);
    expect(source.text?.split("\n").at(-1)).toBe("}");
    expect(source.firstLine).toBeGreaterThan(1);
    expect(excerptLines(["a", "b"], { from: /^nothing/, to: /^}/ })).toEqual({ start: 1, end: 2 });
  });
});
