/** Names and events for the HTTP tests: each test writes to streams of its own. */
import { randomUUID } from "node:crypto";

export const newStreamId = (prefix = "http") => `${prefix}-${randomUUID()}`;

export const note = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "NoteWritten",
  data: { text },
  ...extra,
});

export const withId = (text: string) => note(text, { id: randomUUID() });
