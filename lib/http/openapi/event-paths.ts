/** The OpenAPI description of the all-events feed: /api/events and the live SSE feed. */
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { OVERLAP_MS } from "@/lib/http/live/live-feed";
import { POLL_MS } from "@/lib/http/live/live-hub";
import { HEARTBEAT_MS } from "@/lib/http/live/live-response";
import { problemResponses } from "@/lib/http/openapi/problem-responses";
import { eventPageSchema, liveQuerySchema, readAllQuerySchema } from "@/lib/http/schemas/events";

const LIVE_DESCRIPTION = `Server-Sent Events. Each new event is one message:

\`\`\`
id: <position>|<event id>
event: recorded
data: <the RecordedEvent as JSON, one line>
\`\`\`

The server polls the store every ${POLL_MS} ms and sends a \`: heartbeat\` comment every ${HEARTBEAT_MS / 1000} s.
A reconnecting \`EventSource\` sends the last id as \`Last-Event-ID\`, and the feed resumes right after that
event, with nothing missed or sent twice. Without a resume point the feed starts now (after \`backfill\`).

The feed's order is best-effort across writer processes: an event can arrive after one that sorts later. The
server re-reads the last ${OVERLAP_MS / 1000} s of the feed on every poll and never sends an event id twice on one
connection.`;

export function registerEventPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/events",
    tags: ["All events"],
    summary: "Read the all-events feed",
    description:
      "Every event of every stream in commit order, paged from a position. The order is best-effort across writer processes (see docs/event-store.md).",
    request: { query: readAllQuerySchema },
    responses: {
      200: { description: "A page of events.", content: { "application/json": { schema: eventPageSchema } } },
      ...problemResponses("invalid_query"),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/events/live",
    tags: ["All events"],
    summary: "Follow new events live (SSE)",
    description: LIVE_DESCRIPTION,
    request: {
      query: liveQuerySchema,
      headers: z.object({
        "Last-Event-ID": z
          .string()
          .optional()
          .meta({ description: "The id of the last message received; sent by EventSource on reconnect." }),
      }),
    },
    responses: {
      200: {
        description: "An endless `text/event-stream`; each `recorded` message's data is a RecordedEvent.",
        content: {
          "text/event-stream": {
            schema: z.string().meta({
              description: "SSE messages; the data of each is a RecordedEvent (`#/components/schemas/RecordedEvent`).",
            }),
            example: `id: 2026-11-23T18:02:11.407Z#0000#student-4f6c2a#0000000003|0b6e1c52-7d0a-4b53-9f3a-0a4c7b0e9d11\nevent: recorded\ndata: {"id":"0b6e1c52-…","streamId":"student-4f6c2a","revision":3,…}\n\n`,
          },
        },
      },
      ...problemResponses("invalid_query", "invalid_last_event_id"),
    },
  });
}
