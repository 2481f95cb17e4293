import { describe, expect, it, vi } from "vitest";
import { StreamNotFoundError, WrongExpectedRevisionError, EventStoreError } from "@/lib/event-store/errors";
import type * as ErrorsModule from "@/lib/event-store/errors";

describe("event-store errors", () => {
  it("are recognised by instanceof even when made by a second copy of the module", async () => {
    vi.resetModules();
    // A query string makes Vite load the module a second time: a second set of classes, as a second bundle has.
    const copy = (await import(/* @vite-ignore */ `${"@/lib/event-store/errors"}?copy`)) as typeof ErrorsModule;
    const foreign = new copy.StreamNotFoundError("s-1");
    expect(copy.StreamNotFoundError).not.toBe(StreamNotFoundError);
    expect(foreign instanceof StreamNotFoundError).toBe(true);
    expect(foreign instanceof EventStoreError).toBe(true);
    expect(foreign instanceof WrongExpectedRevisionError).toBe(false);
  });

  it("are not confused with other errors of the same shape", () => {
    const lookalike = Object.assign(new Error("x"), { code: "stream_not_found" });
    expect(lookalike instanceof StreamNotFoundError).toBe(false);
    expect(new WrongExpectedRevisionError("s", 1, 2) instanceof StreamNotFoundError).toBe(false);
  });
});
