import { describe, expect, it } from "vitest";
import { checkInstructorAccess, isRightSecret, unlockToken } from "@/lib/instructor/access";

const secret = "e2e-instructor-secret";

describe("instructor access", () => {
  describe("when INSTRUCTOR_SECRET is set", () => {
    const settings = { instructorSecret: secret, nodeEnv: "production" } as const;

    it("is allowed for a browser holding the unlock cookie", () => {
      expect(checkInstructorAccess(settings, unlockToken(secret))).toEqual({ allowed: true, via: "secret" });
    });

    it("is locked without the cookie, with a wrong one, or with the secret itself as the cookie", () => {
      for (const cookie of [undefined, "", unlockToken("another secret"), secret]) {
        expect(checkInstructorAccess(settings, cookie)).toMatchObject({ allowed: false, reason: "locked" });
      }
    });

    it("is locked even on a development server until unlocked", () => {
      expect(checkInstructorAccess({ ...settings, nodeEnv: "development" }, undefined)).toMatchObject({
        allowed: false,
        reason: "locked",
      });
    });

    it("unlocks only with the right secret", () => {
      expect(isRightSecret(settings, secret)).toBe(true);
      expect(isRightSecret(settings, `${secret} `)).toBe(false);
      expect(isRightSecret(settings, "")).toBe(false);
    });
  });

  describe("when INSTRUCTOR_SECRET is not set", () => {
    it("is open on a development server", () => {
      expect(checkInstructorAccess({ instructorSecret: undefined, nodeEnv: "development" }, undefined)).toEqual({
        allowed: true,
        via: "development",
      });
    });

    it("is off anywhere else, saying why and what to do", () => {
      for (const nodeEnv of ["production", "test"] as const) {
        const access = checkInstructorAccess({ instructorSecret: undefined, nodeEnv }, "anything");
        expect(access).toMatchObject({ allowed: false, reason: "disabled" });
        expect(access.allowed ? "" : access.message).toMatch(/INSTRUCTOR_SECRET/);
      }
    });

    it("has nothing to unlock", () => {
      expect(isRightSecret({ instructorSecret: undefined, nodeEnv: "production" }, "")).toBe(false);
    });
  });

  it("never puts the secret itself in the cookie", () => {
    expect(unlockToken(secret)).not.toContain(secret);
    expect(unlockToken(secret)).toMatch(/^[0-9a-f]{64}$/);
  });
});
