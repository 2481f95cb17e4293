import { describe, expect, it } from "vitest";
import { coversFromStart, foldNameHistory, nameAt } from "@/lib/timeline/name-history";
import { recorded } from "@/tests/unit/timeline/fixtures";

const streamId = "student-s1";
const registered = (revision: number, fullName: string) =>
  recorded({
    streamId,
    revision,
    type: "StudentRegistered",
    schemaVersion: 2,
    data: { studentId: "s1", fullName, email: "a@example.com", dateOfBirth: "1990-01-01" },
  });
const renamed = (revision: number, fullName: string) =>
  recorded({
    streamId,
    revision,
    type: "StudentDetailsUpdated",
    data: { studentId: "s1", fullName, email: "a@example.com" },
  });
const enrolled = (revision: number) =>
  recorded({ streamId, revision, type: "StudentEnrolled", data: { studentId: "s1", courseId: "web" } });

describe("the name a student had at each revision", () => {
  it("keeps the registered name for the events before a rename, and the new one from the rename on", () => {
    const history = foldNameHistory([registered(1, "Ada Byron"), enrolled(2), renamed(3, "Ada Lovelace"), enrolled(4)]);
    expect(history).toEqual({
      upTo: 4,
      changes: [
        { revision: 1, name: "Ada Byron" },
        { revision: 3, name: "Ada Lovelace" },
      ],
    });
    expect([1, 2, 3, 4].map((revision) => nameAt(history, revision))).toEqual([
      "Ada Byron",
      "Ada Byron",
      "Ada Lovelace",
      "Ada Lovelace",
    ]);
  });

  it("knows nothing past the revisions it was folded from", () => {
    expect(nameAt(foldNameHistory([registered(1, "Ada Byron")]), 2)).toBeUndefined();
    expect(nameAt(undefined, 1)).toBeUndefined();
  });

  it("follows evolve: a second registration renames no one, a rename before registration is ignored", () => {
    const history = foldNameHistory([
      renamed(1, "Too Early"),
      registered(2, "Grace Hopper"),
      registered(3, "Someone Else"),
    ]);
    expect([1, 2, 3].map((revision) => nameAt(history, revision))).toEqual([undefined, "Grace Hopper", "Grace Hopper"]);
  });

  it("skips events that are not student events of this stream", () => {
    const foreign = recorded({
      streamId,
      revision: 2,
      type: "StudentDetailsUpdated",
      data: { studentId: "other", fullName: "Mallory", email: "m@example.com" },
    });
    expect(nameAt(foldNameHistory([registered(1, "Ada Byron"), foreign]), 2)).toBe("Ada Byron");
    expect(
      foldNameHistory([recorded({ streamId: "demo-1", revision: 1, type: "Greeted", data: { fullName: "x" } })])
        .changes,
    ).toEqual([]);
  });
});

describe("whether loaded events cover a stream from its start", () => {
  it("accepts revisions 1..n in any order and refuses gaps or a missing start", () => {
    expect(coversFromStart([enrolled(2), registered(1, "A")])?.map((e) => e.revision)).toEqual([1, 2]);
    expect(coversFromStart([registered(1, "A"), enrolled(3)])).toBeUndefined();
    expect(coversFromStart([enrolled(2), enrolled(3)])).toBeUndefined();
  });
});
