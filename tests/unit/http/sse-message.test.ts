import { describe, expect, it } from "vitest";
import type { RecordedEvent } from "@/lib/event-store/types";
import { recordedMessage } from "@/lib/http/live/sse-message";

const event: RecordedEvent = {
  id: "0b6e1c52-7d0a-4b53-9f3a-0a4c7b0e9d11",
  streamId: "s-1",
  revision: 2,
  type: "NoteWritten",
  data: { text: "two\nlines" },
  metadata: {},
  schemaVersion: 1,
  recordedAt: "2026-11-23T18:02:11.407Z",
  position: "2026-11-23T18:02:11.407Z#0000#s-1#0000000002",
};

describe("SSE messages of the live feed", () => {
  it("frames an event as id, event: recorded and one data line, ending with a blank line", () => {
    const text = recordedMessage(event);
    expect(text).toBe(`id: ${event.position}|${event.id}\nevent: recorded\ndata: ${JSON.stringify(event)}\n\n`);
    expect(text.split("\n")).toHaveLength(5);
  });
});
