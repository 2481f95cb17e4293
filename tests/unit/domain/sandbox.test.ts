import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SANDBOX,
  isLearnerSandbox,
  localStreamId,
  newSandboxId,
  sandboxOfStream,
  streamInSandbox,
} from "@/lib/domain/sandbox";
import { studentIdOfStream, studentStreamId } from "@/lib/domain/student/stream-id";
import { localStreamId as localInScope, scopeOfStream, streamInScope } from "@/lib/event-store/scope";

describe("sandbox stream names", () => {
  it("put a learner's streams in a sandbox and leave solo streams as they were", () => {
    const sandbox = newSandboxId(new Uint8Array(10).fill(7));
    expect(isLearnerSandbox(sandbox)).toBe(true);
    expect(studentStreamId("42", sandbox)).toBe(`${sandbox}:student-42`);
    expect(studentStreamId("42")).toBe("student-42");
    expect(studentIdOfStream(`${sandbox}:student-42`)).toBe("42");
    expect(sandboxOfStream("student-42")).toBe(DEFAULT_SANDBOX);
    expect(isLearnerSandbox(DEFAULT_SANDBOX)).toBe(false);
    expect(isLearnerSandbox("sbx.SHORT")).toBe(false);
  });

  it("agree with the event store's scopes for learners, so a learner's feed is their scope's", () => {
    const local = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,40}$/);
    const sandbox = fc.uint8Array({ minLength: 10, maxLength: 10 }).map(newSandboxId);
    fc.assert(
      fc.property(sandbox, local, (box, id) => {
        const streamId = streamInSandbox(box, id);
        expect(streamId).toBe(streamInScope(box, id));
        expect(sandboxOfStream(streamId)).toBe(scopeOfStream(streamId));
        expect(localStreamId(streamId)).toBe(localInScope(streamId));
        expect(localStreamId(streamId)).toBe(id);
      }),
    );
  });

  it("leave every other stream id in the default sandbox, as it was before classes", () => {
    for (const streamId of ["student-42", "orders:1", "sbx.short:x", "sbx.ABCDEFGHIJ:student-1", "a:b:c"]) {
      expect(sandboxOfStream(streamId)).toBe(DEFAULT_SANDBOX);
      expect(localStreamId(streamId)).toBe(streamId);
    }
    expect(studentIdOfStream("orders:student-1")).toBeUndefined();
  });

  it("make a sandbox id from random bytes, never the default", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const sandbox = newSandboxId(bytes);
        expect(isLearnerSandbox(sandbox)).toBe(true);
        expect(sandboxOfStream(studentStreamId("x", sandbox))).toBe(sandbox);
      }),
    );
  });
});
