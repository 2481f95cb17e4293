import { describe, expect, it, vi } from "vitest";
import { DuplicateEventIdError, EventStoreError } from "@/lib/event-store/errors";
import type * as ErrorsModule from "@/lib/event-store/errors";
import { findRepeatedCommit, prepareAppend } from "@/lib/event-store/validation";

const H = "0b6e1c52-7d0a-4b53-9f3a-0a4c7b0e9d11";
const I = "77d1c52e-7d0a-4b53-9f3a-0a4c7b0e9d22";
const prepared = (...events: { id: string; n: number }[]) =>
  prepareAppend(
    "s-1",
    events.map(({ id, n }) => ({ id, type: "Counted", data: { n } })),
  );

describe("DuplicateEventIdError", () => {
  it("is recognised across copies of the errors module, and names the ids and where they are stored", async () => {
    vi.resetModules();
    const copy = (await import(/* @vite-ignore */ `${"@/lib/event-store/errors"}?dup`)) as typeof ErrorsModule;
    const foreign = new copy.DuplicateEventIdError(
      "s-1",
      [
        { eventId: H, revision: 3 },
        { eventId: I, revision: 4 },
      ],
      true,
    );
    expect(foreign instanceof DuplicateEventIdError).toBe(true);
    expect(foreign instanceof EventStoreError).toBe(true);
    expect(foreign.message).toBe(
      `Stream s-1 already holds event ${H} at revision 3 (and 1 more) with different content`,
    );
  });
});

describe("findRepeatedCommit", () => {
  const stored = [{ firstRevision: 3, events: prepared({ id: H, n: 1 }, { id: I, n: 2 }) }];

  it("returns the commit an append repeats exactly, and nothing when no id is stored", () => {
    expect(findRepeatedCommit("s-1", stored, prepared({ id: H, n: 1 }, { id: I, n: 2 }))).toBe(stored[0]);
    expect(
      findRepeatedCommit("s-1", stored, prepared({ id: "6f1c1f8e-7d0a-4b53-9f3a-0a4c7b0e9d11", n: 1 })),
    ).toBeUndefined();
  });

  it("throws for other content or a partial overlap, naming each stored id once", () => {
    expect(() => findRepeatedCommit("s-1", [...stored, ...stored], prepared({ id: I, n: 9 }))).toThrow(
      expect.objectContaining({ duplicates: [{ eventId: I, revision: 4 }], differentContent: true }),
    );
    expect(() => findRepeatedCommit("s-1", stored, prepared({ id: I, n: 2 }, { id: H, n: 1 }))).toThrow(
      expect.objectContaining({
        duplicates: [
          { eventId: I, revision: 4 },
          { eventId: H, revision: 3 },
        ],
        differentContent: false,
      }),
    );
  });
});
