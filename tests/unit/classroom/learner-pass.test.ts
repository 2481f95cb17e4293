import { describe, expect, it } from "vitest";
import { passKey, readPass, writePass } from "@/lib/classroom/learner-pass";

const key = passKey({ instructorSecret: "s3cret", nodeEnv: "production" })!;
const now = 1_800_000_000;

describe("the learner's pass", () => {
  it("reads back what the server wrote, until it expires", () => {
    const token = writePass(key, { learnerId: "labc", expires: now + 60 });
    expect(readPass(key, token, now)).toEqual({ learnerId: "labc", expires: now + 60 });
    expect(readPass(key, token, now + 60)).toBeUndefined();
  });

  it("refuses a pass signed with another key, altered, or not a pass at all", () => {
    const token = writePass(key, { learnerId: "labc", expires: now + 60 });
    const other = passKey({ instructorSecret: "another", nodeEnv: "production" })!;
    expect(readPass(other, token, now)).toBeUndefined();
    const [body, signature] = token.split(".");
    const altered = Buffer.from(JSON.stringify({ l: "lzzz", e: now + 60 })).toString("base64url");
    expect(readPass(key, `${altered}.${signature}`, now)).toBeUndefined();
    for (const junk of [undefined, "", "x", `${body}`, `${body}.${signature}.x`, "a".repeat(600)])
      expect(readPass(key, junk, now)).toBeUndefined();
  });

  it("has no key, so no class, on a server that is neither development nor given a secret", () => {
    expect(passKey({ instructorSecret: undefined, nodeEnv: "production" })).toBeUndefined();
    expect(passKey({ instructorSecret: undefined, nodeEnv: "development" })).toBeDefined();
  });
});
