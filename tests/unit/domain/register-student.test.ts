import { describe, expect, it } from "vitest";
import type { RegisterStudent } from "@/lib/domain/student/commands";
import { ADA_ID, adaRegistered } from "@/tests/unit/domain/fixtures";
import { given } from "@/tests/unit/domain/given-when-then";

const register = (data: Partial<RegisterStudent["data"]> = {}): RegisterStudent => ({
  type: "RegisterStudent",
  data: { studentId: ADA_ID, fullName: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "2000-12-10", ...data },
});

describe("RegisterStudent", () => {
  describe("when no student exists", () => {
    it("registers the student", () => {
      given([]).when(register()).then([adaRegistered]);
    });

    it("records the name and email trimmed, with the email's domain lower-cased", () => {
      given([])
        .when(register({ fullName: "  Ada Lovelace \n", email: " Ada.King@Example.COM  " }))
        .then([
          {
            type: "StudentRegistered",
            data: {
              studentId: ADA_ID,
              fullName: "Ada Lovelace",
              email: "Ada.King@example.com",
              dateOfBirth: "2000-12-10",
            },
          },
        ]);
    });

    it("rejects invalid input with an error for every field that is wrong", () => {
      const error = given([])
        .when(register({ fullName: "   ", email: "not-an-email", dateOfBirth: "2023-02-30" }))
        .thenFails("invalid_input");
      expect(error.fieldErrors).toEqual({
        fullName: { code: "full_name_required", message: "Enter a full name" },
        email: expect.objectContaining({ code: "email_invalid" }),
        dateOfBirth: expect.objectContaining({ code: "date_of_birth_invalid" }),
      });
    });

    it("names only the fields that are wrong", () => {
      const error = given([])
        .when(register({ dateOfBirth: "2010-01-01" }))
        .thenFails("invalid_input");
      expect(Object.keys(error.fieldErrors)).toEqual(["dateOfBirth"]);
      expect(error.fieldErrors.dateOfBirth?.code).toBe("date_of_birth_too_young");
    });

    it("checks the age against the time given in the context, not the clock", () => {
      given([])
        .when(register({ dateOfBirth: "2009-06-16" }))
        .thenFails("invalid_input");
      given([])
        .when(register({ dateOfBirth: "2009-06-16" }), { now: new Date("2025-06-16T00:00:00.000Z") })
        .then([{ type: "StudentRegistered", data: { ...adaRegistered.data, dateOfBirth: "2009-06-16" } }]);
    });
  });

  describe("when registered", () => {
    it("rejects a second registration", () => {
      const error = given([adaRegistered]).when(register()).thenFails("student_already_exists");
      expect(error.message).toBe("This student is already registered");
    });

    it("rejects a second registration even with different details", () => {
      given([adaRegistered])
        .when(register({ fullName: "Someone Else" }))
        .thenFails("student_already_exists");
    });
  });
});
