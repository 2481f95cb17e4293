import { describe, expect, it } from "vitest";
import { studentLabels } from "@/lib/walkthrough/student-labels";

describe("the student picker's labels", () => {
  it("are name and revision for distinct names", () => {
    expect(studentLabels([{ studentId: "a1b2c3d4-0000", fullName: "Ada Lovelace", revision: 2 }])).toEqual([
      "Ada Lovelace (revision 2)",
    ]);
  });

  it("tell identical names apart by the start of their ids", () => {
    const labels = studentLabels([
      { studentId: "a1b2c3d4-0000", fullName: "Ada Lovelace", revision: 2 },
      { studentId: "e5f6a7b8-0000", fullName: "Ada Lovelace", revision: 1000 },
      { studentId: "99999999-0000", fullName: "Grace Hopper", revision: 1 },
    ]);
    expect(labels).toEqual([
      "Ada Lovelace, id a1b2c3d4… (revision 2)",
      "Ada Lovelace, id e5f6a7b8… (revision 1000)",
      "Grace Hopper (revision 1)",
    ]);
    expect(new Set(labels).size).toBe(3);
  });

  it("fall back to the whole id when even the starts are the same", () => {
    const labels = studentLabels([
      { studentId: "a1b2c3d4-0001", fullName: "Ada", revision: 1 },
      { studentId: "a1b2c3d4-0002", fullName: "Ada", revision: 1 },
    ]);
    expect(labels).toEqual(["Ada, id a1b2c3d4-0001 (revision 1)", "Ada, id a1b2c3d4-0002 (revision 1)"]);
  });
});
