import { describe, expect, it } from "vitest";
import { errorChain } from "@/lib/error-chain";
import { plainFailureReason, whatKeptServing } from "@/lib/walkthrough/rebuild-failure";

describe("a failed rebuild, in plain words", () => {
  it("explains a duplicate key as ids MySQL cannot tell apart, not as MySQL's message", () => {
    const reason = plainFailureReason("failed", "Duplicate entry 'acc-1-s-9' for key 'PRIMARY'");
    expect(reason).toContain("ids that differ only in letter case");
    expect(reason).not.toContain("PRIMARY");
  });

  it("explains a shadow table that cannot be prepared", () => {
    expect(
      plainFailureReason("failed", "Cannot delete or update a parent row: a foreign key constraint fails"),
    ).toContain("students_next");
  });

  it("explains a store that stopped answering, a gap in a stream, and a server that stopped", () => {
    expect(plainFailureReason("failed", "connect ECONNREFUSED 127.0.0.1:3307")).toBe(
      "A store stopped answering during the rebuild.",
    );
    expect(plainFailureReason("failed", "Events missing from the store: student-x revision 3")).toContain(
      "skips a revision",
    );
    expect(plainFailureReason("cut-short", null)).toContain("server stopped");
    expect(plainFailureReason("failed", "something new")).toBe("The rebuild stopped on an error it did not expect.");
  });

  it("keeps a wrapped error's cause, where MySQL's own reason is", () => {
    const wrapped = new Error("Failed query: DROP TABLE IF EXISTS `students_next`", {
      cause: new Error("Cannot delete or update a parent row: a foreign key constraint fails"),
    });
    expect(errorChain(wrapped)).toBe(
      "Failed query: DROP TABLE IF EXISTS `students_next`\nCaused by: Cannot delete or update a parent row: a foreign key constraint fails",
    );
    expect(errorChain("plain")).toBe("plain");
  });

  it("says the old read model stayed live when it stopped before the swap", () => {
    expect(whatKeptServing("reading")).toContain("the old read model stayed live");
    expect(whatKeptServing("writing")).toContain("the old read model stayed live");
    expect(whatKeptServing("catching-up")).toContain("never a mix");
  });
});
