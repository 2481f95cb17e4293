/** The OpenAPI description of /api/streams/*, from the same schemas the handlers parse with. */
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { IDEMPOTENCY_WINDOW_COMMITS } from "@/lib/event-store/validation";
import { problemResponses } from "@/lib/http/openapi/problem-responses";
import { MAX_REQUEST_BYTES } from "@/lib/http/read-json-body";
import {
  appendRequestSchema,
  appendResultSchema,
  EXPECTED_REVISION_HEADER,
  expectedRevisionHeaderSchema,
  listStreamsQuerySchema,
  readStreamQuerySchema,
  streamIdParamsSchema,
  streamInfoSchema,
  streamListSchema,
  streamPageSchema,
} from "@/lib/http/schemas/streams";

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

export function registerStreamPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/streams",
    tags: ["Streams"],
    summary: "List streams",
    description:
      "Streams, newest activity first, with their revision, whether they are closed and when their last event was recorded.",
    request: { query: listStreamsQuerySchema },
    responses: {
      200: { description: "A page of streams.", content: json(streamListSchema) },
      ...problemResponses("invalid_query"),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/streams/{streamId}",
    tags: ["Streams"],
    summary: "Read a stream",
    description: "A page of the stream's events, forwards or backwards. A stream with no events does not exist (404).",
    request: { params: streamIdParamsSchema, query: readStreamQuerySchema },
    responses: {
      200: { description: "A page of events.", content: json(streamPageSchema) },
      ...problemResponses("invalid_query", "invalid_stream_id", "stream_not_found"),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/streams/{streamId}",
    tags: ["Streams"],
    summary: "Append events",
    description:
      "Appends the events atomically (all or none). The stream is created by its first append. " +
      "Send the revision you last read as `Expected-Revision` to fail (409) instead of overwriting a concurrent change. " +
      "Retrying with the same event ids is safe: the answer is 200 with `alreadyStored: true` and nothing is written twice. " +
      `An event id the stream's last ${IDEMPOTENCY_WINDOW_COMMITS} commits already hold is never stored again: unless the request repeats that commit ` +
      "exactly (same events, order and content), the answer is 409 `duplicate_event_id`. " +
      `The body may take at most ${MAX_REQUEST_BYTES / 1024} KiB.`,
    security: [{ bearerAuth: [] }],
    request: {
      params: streamIdParamsSchema,
      headers: z.object({ [EXPECTED_REVISION_HEADER]: expectedRevisionHeaderSchema.optional() }),
      body: { required: true, content: json(appendRequestSchema) },
    },
    responses: {
      201: { description: "Stored. `Location` points at the first new event.", content: json(appendResultSchema) },
      200: {
        description: "Already stored by an earlier attempt with the same event ids; nothing written.",
        content: json(appendResultSchema),
      },
      ...problemResponses(
        "malformed_json",
        "invalid_stream_id",
        "invalid_expected_revision",
        "unauthenticated",
        "wrong_token",
        "writes_disabled",
        "wrong_expected_revision",
        "stream_closed",
        "duplicate_event_id",
        "body_too_large",
        "event_too_large",
        "unsupported_media_type",
        "invalid_body",
        "invalid_event",
        "empty_append",
        "too_many_events",
      ),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/streams/{streamId}/close",
    tags: ["Streams"],
    summary: "Close a stream",
    description: "Later appends fail with 409 `stream_closed`; reads still work. Closing a closed stream is fine.",
    security: [{ bearerAuth: [] }],
    request: { params: streamIdParamsSchema },
    responses: {
      200: { description: "The stream, now closed.", content: json(streamInfoSchema) },
      ...problemResponses("invalid_stream_id", "unauthenticated", "wrong_token", "writes_disabled", "stream_not_found"),
    },
  });
}
