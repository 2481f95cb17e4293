import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import { createUpcasterRegistry, upcastEvent, type Upcaster } from "@/lib/event-store/upcasting";
import type { RecordedEvent } from "@/lib/event-store/types";

const strict: Upcaster = {
  type: "Named",
  fromVersion: 1,
  toVersion: 2,
  upcast: (data) => {
    if (typeof data.name !== "string") throw new Error("name is missing");
    return { fullName: data.name };
  },
};

const stored = (data: RecordedEvent["data"]): RecordedEvent => ({
  id: "00000000-0000-4000-8000-000000000001",
  streamId: "s-1",
  revision: 1,
  type: "Named",
  data,
  metadata: {},
  schemaVersion: 1,
  recordedAt: "2026-01-01T00:00:00.000Z",
  position: "p",
});

describe("an upcaster that cannot handle stored data", () => {
  it("leaves the event as stored and says why, instead of failing the read", () => {
    const registry = createUpcasterRegistry([strict]);
    const event = stored({ fullName: "Already v2" });
    expect(upcastEvent(event, registry)).toEqual({
      ...event,
      upcastError: "cannot upcast Named from version 1: name is missing",
    });
  });

  it("still upcasts the events it can handle", () => {
    const result = upcastEvent(stored({ name: "Ada" }), createUpcasterRegistry([strict]));
    expect(result).toMatchObject({ data: { fullName: "Ada" }, schemaVersion: 2, storedSchemaVersion: 1 });
    expect(result.upcastError).toBeUndefined();
  });

  it("lets a stream with such an event be read whole, every other event upcast", async () => {
    const store = createInMemoryEventStore({ upcasters: createUpcasterRegistry([strict]) });
    await store.appendToStream("s-1", [
      { type: "Named", data: { name: "Ada" } },
      { type: "Named", data: { fullName: "Grace" } },
      { type: "Named", data: { name: "Edsger" } },
    ]);
    const { events } = await store.readStream("s-1");
    expect(events.map((e) => [e.data, e.upcastError])).toEqual([
      [{ fullName: "Ada" }, undefined],
      [{ fullName: "Grace" }, "cannot upcast Named from version 1: name is missing"],
      [{ fullName: "Edsger" }, undefined],
    ]);
  });
});
