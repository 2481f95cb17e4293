import { describe, expect, it } from "vitest";
import type { EnrolStudent } from "@/lib/domain/student/commands";
import { ADA_ID, adaRegistered, enrolled, unenrolled } from "@/tests/unit/domain/fixtures";
import { given } from "@/tests/unit/domain/given-when-then";

// Capacity 3 in the catalogue.
const DISTRIBUTED = "distributed-systems-101";
const WEB = "web-development";

const enrol = (courseId: string, studentId = ADA_ID): EnrolStudent => ({
  type: "EnrolStudent",
  data: { studentId, courseId },
});

describe("EnrolStudent", () => {
  describe("when no student exists", () => {
    it("rejects the enrolment because the student is not found", () => {
      given([]).when(enrol(DISTRIBUTED), { seatsTaken: 0 }).thenFails("student_not_found");
    });
  });

  describe("when registered", () => {
    it("enrols the student in a course with free seats", () => {
      given([adaRegistered])
        .when(enrol(DISTRIBUTED), { seatsTaken: 0 })
        .then([enrolled(DISTRIBUTED)]);
    });

    it("enrols the student when one seat is left", () => {
      given([adaRegistered])
        .when(enrol(DISTRIBUTED), { seatsTaken: 2 })
        .then([enrolled(DISTRIBUTED)]);
    });

    it("rejects a fifth course: four at once is the most a student may take, and leaving one makes room", () => {
      const four = [
        "web-development",
        "functional-programming",
        "databases-and-transactions",
        "event-sourcing-fundamentals",
      ];
      const inFour = [adaRegistered, ...four.map((course) => enrolled(course))];
      const error = given(inFour).when(enrol(DISTRIBUTED), { seatsTaken: 0 }).thenFails("too_many_courses");
      expect(error).toMatchObject({ limit: 4, message: expect.stringContaining("leave one") });
      given([...inFour, unenrolled(WEB)])
        .when(enrol(DISTRIBUTED), { seatsTaken: 0 })
        .then([enrolled(DISTRIBUTED)]);
    });

    it("rejects the enrolment when the seats taken reach the capacity", () => {
      const error = given([adaRegistered]).when(enrol(DISTRIBUTED), { seatsTaken: 3 }).thenFails("course_full");
      expect(error).toEqual({
        code: "course_full",
        message: "Distributed Systems 101 is full (all 3 seats are taken)",
        courseId: DISTRIBUTED,
        capacity: 3,
      });
    });

    it("rejects the enrolment when the course is already overbooked", () => {
      given([adaRegistered]).when(enrol(DISTRIBUTED), { seatsTaken: 4 }).thenFails("course_full");
    });

    it("rejects the enrolment when the caller could not say how many seats are taken", () => {
      const error = given([adaRegistered]).when(enrol(DISTRIBUTED)).thenFails("seat_count_unavailable");
      expect(error.message).toContain("Distributed Systems 101");
    });

    it("rejects a course that is not in the catalogue", () => {
      const error = given([adaRegistered])
        .when(enrol("underwater-basket-weaving"), { seatsTaken: 0 })
        .thenFails("unknown_course");
      expect(error.courseId).toBe("underwater-basket-weaving");
    });

    it("treats a command for another student id as a student that does not exist", () => {
      given([adaRegistered]).when(enrol(DISTRIBUTED, "someone-else"), { seatsTaken: 0 }).thenFails("student_not_found");
    });
  });

  describe("when enrolled in Distributed Systems 101", () => {
    const history = [adaRegistered, enrolled(DISTRIBUTED)];

    it("rejects a second enrolment in the same course, naming the course", () => {
      const error = given(history).when(enrol(DISTRIBUTED), { seatsTaken: 1 }).thenFails("already_enrolled");
      expect(error.message).toBe("Already enrolled in Distributed Systems 101");
    });

    it("reports the existing enrolment rather than a full course when both apply", () => {
      given(history).when(enrol(DISTRIBUTED), { seatsTaken: 3 }).thenFails("already_enrolled");
    });

    it("enrols the student in another course", () => {
      given(history)
        .when(enrol(WEB), { seatsTaken: 5 })
        .then([enrolled(WEB)]);
    });
  });

  describe("when unenrolled from Distributed Systems 101", () => {
    it("enrols the student again", () => {
      given([adaRegistered, enrolled(DISTRIBUTED), unenrolled(DISTRIBUTED)])
        .when(enrol(DISTRIBUTED), { seatsTaken: 2 })
        .then([enrolled(DISTRIBUTED)]);
    });
  });
});
