import { describe, expect, it } from "vitest";
import { alreadyEnrolled, invalidInput } from "@/lib/domain/student/errors";
import { fromCommandResult, invalid, STALE_FORM } from "@/lib/forms/action-state";

const saved = () => "Saved";

describe("mapping a command result to what the form shows", () => {
  it("passes the new revision on with the success message", () => {
    const state = fromCommandResult(
      { status: "ok", studentId: "s-1", revision: 3, eventsAppended: 1, correlationId: "c" },
      saved,
    );
    expect(state).toEqual({ status: "ok", studentId: "s-1", revision: 3, message: "Saved" });
  });

  it("shows a broken rule with the domain's message and code", () => {
    const state = fromCommandResult(
      { status: "rejected", error: alreadyEnrolled("distributed-systems-101"), revision: 2 },
      saved,
    );
    expect(state).toEqual({
      status: "rejected",
      code: "already_enrolled",
      message: "Already enrolled in Distributed Systems 101",
    });
  });

  it("turns the domain's invalid input into field errors", () => {
    const error = invalidInput({ email: { code: "email_invalid", message: "Enter a valid email address" } });
    expect(fromCommandResult({ status: "rejected", error, revision: 0 }, saved)).toEqual({
      status: "invalid",
      message: "Some details need correcting",
      fieldErrors: { email: "Enter a valid email address" },
    });
  });

  it("reports a conflict with both revisions and what the other change was", () => {
    const otherChanges = ["revision 3: left Web Development"];
    expect(fromCommandResult({ status: "conflict", expected: 2, actual: 3, otherChanges }, saved)).toEqual({
      status: "conflict",
      message:
        "Someone else changed this student: you saw revision 2, it is now at revision 3 (revision 3: left Web Development). Reload to see their change.",
      expected: 2,
      actual: 3,
      otherChanges,
    });
  });
});

describe("invalid forms", () => {
  it("points at the fields a person can fix", () => {
    expect(invalid({ courseId: "Choose a course", expectedRevision: "Not a revision" })).toMatchObject({
      status: "invalid",
      fieldErrors: { courseId: "Choose a course" },
    });
  });

  it("calls a form broken only in its hidden fields out of date instead", () => {
    expect(invalid({ studentId: "Not a student id" })).toEqual(STALE_FORM);
  });
});
