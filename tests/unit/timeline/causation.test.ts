import { describe, expect, it } from "vitest";
import { relationsOf } from "@/lib/timeline/causation";
import { recorded } from "@/tests/unit/timeline/fixtures";

describe("an event's relations", () => {
  const registered = recorded({
    metadata: { correlationId: "action-1", causationId: "action-1", command: "RegisterStudent" },
  });
  const enrolled = recorded({ revision: 2, metadata: { correlationId: "action-1", causationId: registered.id } });
  const unrelated = recorded({
    streamId: "student-b",
    metadata: { correlationId: "action-2", causationId: "action-2" },
  });
  const events = [registered, enrolled, unrelated];

  it("names the command when the event was caused directly by a user action", () => {
    expect(relationsOf(registered, events).cause).toEqual({ kind: "command", command: "RegisterStudent" });
  });

  it("links the event that caused it, and from that event back to what it caused", () => {
    expect(relationsOf(enrolled, events).cause).toEqual({ kind: "event", eventId: registered.id, event: registered });
    expect(relationsOf(registered, events).effects).toEqual([enrolled]);
  });

  it("lists the other events of the same correlation id, not itself", () => {
    expect(relationsOf(registered, events).correlated).toEqual([enrolled]);
    expect(relationsOf(unrelated, events).correlated).toEqual([]);
  });

  it("says the cause is unknown when the metadata does not record one", () => {
    expect(relationsOf(recorded(), events).cause).toEqual({ kind: "unknown" });
  });

  it("keeps a causing event's id even when that event is not loaded", () => {
    const orphan = recorded({ metadata: { correlationId: "x", causationId: "missing-id" } });
    expect(relationsOf(orphan, events).cause).toEqual({ kind: "event", eventId: "missing-id", event: undefined });
  });
});
