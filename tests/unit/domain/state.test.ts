import { describe, expect, it } from "vitest";
import { evolve, foldStudent, initialState, stateAtRevision } from "@/lib/domain/student/state";
import { ADA_ID, adaRegistered, detailsUpdated, enrolled, unenrolled } from "@/tests/unit/domain/fixtures";

const ada = {
  status: "registered",
  studentId: ADA_ID,
  fullName: "Ada Lovelace",
  email: "ada@example.com",
  dateOfBirth: "2000-12-10",
  courses: [],
} as const;

describe("evolve and foldStudent", () => {
  it("starts with no student", () => {
    expect(initialState()).toEqual({ status: "none" });
    expect(foldStudent([])).toEqual({ status: "none" });
  });

  it("registers the student from StudentRegistered", () => {
    expect(evolve(initialState(), adaRegistered)).toEqual(ada);
  });

  it("replaces name and email from StudentDetailsUpdated and keeps the date of birth", () => {
    expect(foldStudent([adaRegistered, detailsUpdated("Ada King", "countess@example.org")])).toEqual({
      ...ada,
      fullName: "Ada King",
      email: "countess@example.org",
    });
  });

  it("lists courses in the order the student enrolled", () => {
    const state = foldStudent([adaRegistered, enrolled("web-development"), enrolled("distributed-systems-101")]);
    expect(state).toEqual({ ...ada, courses: ["web-development", "distributed-systems-101"] });
  });

  it("drops a course on StudentUnenrolled and puts it last when the student enrols again", () => {
    const events = [adaRegistered, enrolled("web-development"), enrolled("functional-programming")];
    expect(foldStudent([...events, unenrolled("web-development")])).toEqual({
      ...ada,
      courses: ["functional-programming"],
    });
    expect(foldStudent([...events, unenrolled("web-development"), enrolled("web-development")])).toEqual({
      ...ada,
      courses: ["functional-programming", "web-development"],
    });
  });

  it("does not change the state it is given", () => {
    const before = foldStudent([adaRegistered, enrolled("web-development")]);
    const snapshot = structuredClone(before);
    evolve(before, enrolled("functional-programming"));
    evolve(before, unenrolled("web-development"));
    expect(before).toEqual(snapshot);
  });

  describe("with events decide never emits in that state", () => {
    it("ignores events about a student before registration", () => {
      expect(foldStudent([detailsUpdated("X", "x@example.com"), enrolled("web-development")])).toEqual({
        status: "none",
      });
    });

    it("keeps the first registration when a second one appears", () => {
      const second = { type: "StudentRegistered", data: { ...adaRegistered.data, fullName: "Impostor" } } as const;
      expect(foldStudent([adaRegistered, second])).toEqual(ada);
    });

    it("lists a course once when an enrolment is repeated", () => {
      const state = foldStudent([adaRegistered, enrolled("web-development"), enrolled("web-development")]);
      expect(state).toEqual({ ...ada, courses: ["web-development"] });
    });
  });
});

describe("stateAtRevision", () => {
  const history = [
    adaRegistered,
    enrolled("web-development"),
    detailsUpdated("Ada King", "ada@example.com"),
    unenrolled("web-development"),
  ];

  it("is the initial state at revision 0", () => {
    expect(stateAtRevision(history, 0)).toEqual({ status: "none" });
  });

  it("folds only the first n events", () => {
    expect(stateAtRevision(history, 1)).toEqual(ada);
    expect(stateAtRevision(history, 2)).toEqual({ ...ada, courses: ["web-development"] });
    expect(stateAtRevision(history, 3)).toEqual({ ...ada, fullName: "Ada King", courses: ["web-development"] });
  });

  it("is the current state at the last revision and beyond it", () => {
    expect(stateAtRevision(history, 4)).toEqual(foldStudent(history));
    expect(stateAtRevision(history, 99)).toEqual(foldStudent(history));
    expect(foldStudent(history)).toEqual({ ...ada, fullName: "Ada King" });
  });

  it("treats a negative revision as revision 0", () => {
    expect(stateAtRevision(history, -1)).toEqual({ status: "none" });
  });
});
