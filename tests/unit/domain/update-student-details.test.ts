import { describe, expect, it } from "vitest";
import type { UpdateStudentDetails } from "@/lib/domain/student/commands";
import { ADA_ID, adaRegistered, detailsUpdated } from "@/tests/unit/domain/fixtures";
import { given } from "@/tests/unit/domain/given-when-then";

const update = (data: Partial<UpdateStudentDetails["data"]> = {}): UpdateStudentDetails => ({
  type: "UpdateStudentDetails",
  data: { studentId: ADA_ID, fullName: "Ada Lovelace", email: "ada@example.com", ...data },
});

describe("UpdateStudentDetails", () => {
  describe("when no student exists", () => {
    it("rejects the update because the student is not found", () => {
      const error = given([])
        .when(update({ fullName: "Ada King" }))
        .thenFails("student_not_found");
      expect(error.message).toBe("This student is not registered");
    });
  });

  describe("when registered", () => {
    it("records the new name and email", () => {
      given([adaRegistered])
        .when(update({ fullName: "Ada King", email: "countess@example.org" }))
        .then([detailsUpdated("Ada King", "countess@example.org")]);
    });

    it("records both fields when only the email changed", () => {
      given([adaRegistered])
        .when(update({ email: "ada@lovelace.dev" }))
        .then([detailsUpdated("Ada Lovelace", "ada@lovelace.dev")]);
    });

    it("records nothing when the details are unchanged", () => {
      given([adaRegistered]).when(update()).then([]);
    });

    it("records nothing when the details differ only by surrounding spaces or the email domain's case", () => {
      given([adaRegistered])
        .when(update({ fullName: " Ada Lovelace ", email: "ada@EXAMPLE.com " }))
        .then([]);
    });

    it("records a change to the case of the email's local part, which a mail server may treat as different", () => {
      given([adaRegistered])
        .when(update({ email: "Ada@example.com" }))
        .then([detailsUpdated("Ada Lovelace", "Ada@example.com")]);
    });

    it("rejects a name that is too long and an invalid email, naming both fields", () => {
      const error = given([adaRegistered])
        .when(update({ fullName: "x".repeat(101), email: "ada@" }))
        .thenFails("invalid_input");
      expect(error.fieldErrors.fullName?.code).toBe("full_name_too_long");
      expect(error.fieldErrors.email?.code).toBe("email_invalid");
    });

    it("treats a command for another student id as a student that does not exist", () => {
      given([adaRegistered])
        .when(update({ studentId: "someone-else", fullName: "Ada King" }))
        .thenFails("student_not_found");
    });
  });

  describe("when the details were updated before", () => {
    it("compares with the latest details, not the registered ones", () => {
      const history = [adaRegistered, detailsUpdated("Ada King", "ada@example.com")];
      given(history)
        .when(update({ fullName: "Ada King" }))
        .then([]);
      given(history)
        .when(update())
        .then([detailsUpdated("Ada Lovelace", "ada@example.com")]);
    });
  });
});
