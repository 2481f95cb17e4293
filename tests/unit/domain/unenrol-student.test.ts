import { describe, expect, it } from "vitest";
import type { UnenrolStudent } from "@/lib/domain/student/commands";
import { ADA_ID, adaRegistered, enrolled, unenrolled } from "@/tests/unit/domain/fixtures";
import { given } from "@/tests/unit/domain/given-when-then";

const DISTRIBUTED = "distributed-systems-101";
const WEB = "web-development";

const unenrol = (courseId: string, studentId = ADA_ID): UnenrolStudent => ({
  type: "UnenrolStudent",
  data: { studentId, courseId },
});

describe("UnenrolStudent", () => {
  describe("when no student exists", () => {
    it("rejects the unenrolment because the student is not found", () => {
      given([]).when(unenrol(DISTRIBUTED)).thenFails("student_not_found");
    });
  });

  describe("when registered", () => {
    it("rejects unenrolment from a course the student is not enrolled in, naming the course", () => {
      const error = given([adaRegistered]).when(unenrol(DISTRIBUTED)).thenFails("not_enrolled");
      expect(error.message).toBe("Not enrolled in Distributed Systems 101");
    });

    it("rejects a course that is not in the catalogue", () => {
      given([adaRegistered]).when(unenrol("underwater-basket-weaving")).thenFails("unknown_course");
    });
  });

  describe("when enrolled in Distributed Systems 101", () => {
    const history = [adaRegistered, enrolled(DISTRIBUTED)];

    it("unenrols the student", () => {
      given(history)
        .when(unenrol(DISTRIBUTED))
        .then([unenrolled(DISTRIBUTED)]);
    });

    it("rejects unenrolment from a different course", () => {
      given(history).when(unenrol(WEB)).thenFails("not_enrolled");
    });

    it("treats a command for another student id as a student that does not exist", () => {
      given(history).when(unenrol(DISTRIBUTED, "someone-else")).thenFails("student_not_found");
    });
  });

  describe("when unenrolled from Distributed Systems 101", () => {
    it("rejects a second unenrolment", () => {
      given([adaRegistered, enrolled(DISTRIBUTED), unenrolled(DISTRIBUTED)])
        .when(unenrol(DISTRIBUTED))
        .thenFails("not_enrolled");
    });
  });

  describe("when enrolled in a course that has left the catalogue", () => {
    it("still lets the student leave it", () => {
      given([adaRegistered, enrolled("retired-course")])
        .when(unenrol("retired-course"))
        .then([unenrolled("retired-course")]);
    });
  });
});
