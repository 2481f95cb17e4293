import { describe, expect, it } from "vitest";
import { courseSeatsQuery, courseTag, seatHolders, studentEventTags } from "@/lib/domain/course-seats";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";
import { TAG_PATTERN } from "@/lib/event-store/tags";

const enrolled = (studentId: string, courseId = "web-development") =>
  ({ type: "StudentEnrolled", data: { studentId, courseId } }) as const;
const unenrolled = (studentId: string, courseId = "web-development") =>
  ({ type: "StudentUnenrolled", data: { studentId, courseId } }) as const;

describe("a course's seat tag", () => {
  it("is the course in the default sandbox and prefixed by a learner's sandbox, always a valid tag", () => {
    expect(courseTag("web-development")).toBe("course:web-development");
    expect(courseTag("web-development", DEFAULT_SANDBOX)).toBe("course:web-development");
    expect(courseTag("web-development", "sbx.abcdefghij")).toBe("sbx.abcdefghij:course:web-development");
    for (const tag of [courseTag("algorithms-and-data-structures"), courseTag("x", "sbx.0123456789")])
      expect(tag).toMatch(TAG_PATTERN);
  });

  it("is carried by enrolments and unenrolments only", () => {
    expect(studentEventTags(enrolled("a"), "sbx.abcdefghij")).toEqual(["sbx.abcdefghij:course:web-development"]);
    expect(studentEventTags(unenrolled("a"))).toEqual(["course:web-development"]);
    expect(
      studentEventTags({ type: "StudentDetailsUpdated", data: { studentId: "a", fullName: "A", email: "a@b.c" } }),
    ).toEqual([]);
  });

  it("is what the seats query reads, for the seat event types", () => {
    expect(courseSeatsQuery("web-development", "sbx.abcdefghij")).toEqual({
      tags: ["sbx.abcdefghij:course:web-development"],
      types: ["StudentEnrolled", "StudentUnenrolled"],
    });
  });
});

describe("seat holders", () => {
  it("folds enrolments and unenrolments in order, in the order seats were taken", () => {
    expect([...seatHolders([enrolled("a"), enrolled("b"), unenrolled("a"), enrolled("c"), enrolled("a")])]).toEqual([
      "b",
      "c",
      "a",
    ]);
  });

  it("counts a student once however often enrolled, and none before any event", () => {
    expect(seatHolders([]).size).toBe(0);
    expect(seatHolders([enrolled("a"), enrolled("a")]).size).toBe(1);
    expect(seatHolders([unenrolled("z")]).size).toBe(0);
  });
});
