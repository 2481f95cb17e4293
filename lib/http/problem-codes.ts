/**
 * Every error the HTTP API answers with, in one table: its stable `code`, HTTP status and title. Clients branch
 * on `code`; the title is the same for every occurrence, the detail says what exactly went wrong.
 */
export const PROBLEMS = {
  // From the event store (lib/event-store/errors.ts): one row per EventStoreErrorCode.
  wrong_expected_revision: { status: 409, title: "The stream is not at the expected revision" },
  stream_not_found: { status: 404, title: "The stream does not exist" },
  stream_closed: { status: 409, title: "The stream is closed" },
  invalid_stream_id: { status: 400, title: "Invalid stream id" },
  invalid_event: { status: 422, title: "Invalid event" },
  event_too_large: { status: 413, title: "The events are too large" },
  empty_append: { status: 422, title: "No events to append" },
  too_many_events: { status: 422, title: "Too many events in one append" },
  duplicate_event_id: { status: 409, title: "An event id is already stored in this stream" },
  // From the HTTP layer.
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  invalid_body: { status: 422, title: "The request body does not match the schema" },
  invalid_query: { status: 400, title: "Invalid query parameters" },
  invalid_expected_revision: { status: 400, title: "Invalid Expected-Revision header" },
  invalid_last_event_id: { status: 400, title: "Invalid Last-Event-ID" },
  unsupported_media_type: { status: 415, title: "The request body must be JSON" },
  body_too_large: { status: 413, title: "The request body is too large" },
  unauthenticated: { status: 401, title: "Authentication required" },
  wrong_token: { status: 403, title: "The token is not valid" },
  writes_disabled: { status: 403, title: "Writes are disabled on this server" },
  route_not_found: { status: 404, title: "No such route" },
  method_not_allowed: { status: 405, title: "The route does not allow this method" },
  invalid_path: { status: 400, title: "The request path is not valid percent-encoded UTF-8" },
  store_unavailable: { status: 503, title: "A store did not answer in time; try again" },
  internal_error: { status: 500, title: "Internal server error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

/** RFC 9457 `type`: a URN per code, so it identifies the problem without pretending to be a web page. */
export function problemType(code: ProblemCode): string {
  return `urn:ledgerline:problem:${code}`;
}
