import { describe, expect, it } from "vitest";
import { checkWriteAccess } from "@/lib/http/auth";

const request = (authorization?: string) =>
  new Request("http://localhost/api/streams/s", {
    method: "POST",
    headers: authorization === undefined ? {} : { Authorization: authorization },
  });

const outcome = (authorization: string | undefined, settings: Parameters<typeof checkWriteAccess>[1]) => {
  try {
    checkWriteAccess(request(authorization), settings);
    return "allowed";
  } catch (error) {
    return error;
  }
};

describe("who may write", () => {
  describe("without API_TOKEN", () => {
    it("lets anyone write outside production", () => {
      expect(outcome(undefined, { apiToken: undefined, nodeEnv: "development" })).toBe("allowed");
      expect(outcome("Bearer whatever", { apiToken: undefined, nodeEnv: "test" })).toBe("allowed");
    });

    it("lets nobody write in production, saying to set API_TOKEN", () => {
      expect(outcome("Bearer whatever", { apiToken: undefined, nodeEnv: "production" })).toMatchObject({
        code: "writes_disabled",
        status: 403,
        detail: expect.stringContaining("Set API_TOKEN"),
      });
    });
  });

  describe("with API_TOKEN", () => {
    const settings = { apiToken: "t0ken!$", nodeEnv: "production" } as const;

    it("lets the bearer of the token write, whatever the case of the scheme", () => {
      expect(outcome("Bearer t0ken!$", settings)).toBe("allowed");
      expect(outcome("bearer t0ken!$", settings)).toBe("allowed");
    });

    it("answers 401 with a Bearer challenge for a missing or malformed header", () => {
      for (const header of [undefined, "t0ken!$", "Basic dXNlcjpwYXNz", "Bearer", "Bearer a b"]) {
        const problem = outcome(header, settings);
        expect(problem, String(header)).toMatchObject({ code: "unauthenticated", status: 401 });
        expect((problem as { headers: Record<string, string> }).headers["WWW-Authenticate"]).toMatch(/^Bearer realm=/);
      }
    });

    it("answers 403 for another token, also one that only shares a prefix", () => {
      for (const header of ["Bearer t0ken", "Bearer t0ken!$x", "Bearer T0KEN!$"]) {
        expect(outcome(header, settings), header).toMatchObject({ code: "wrong_token", status: 403 });
      }
    });
  });
});
