/** The body of every error response: RFC 9457 problem details plus a stable `code` and the error's facts. */
import { z } from "zod";
import { PROBLEM_CODES } from "@/lib/http/problem-codes";

const integer = z.number().int();

export const problemSchema = z
  .strictObject({
    type: z.string().meta({ description: "A URN naming the problem: `urn:ledgerline:problem:<code>`." }),
    title: z.string().meta({ description: "The same for every occurrence of this code." }),
    status: integer.meta({ description: "The HTTP status, repeated." }),
    detail: z.string().meta({ description: "What exactly went wrong, for a person." }),
    code: z.enum(PROBLEM_CODES).meta({ description: "Stable per kind of error: branch on this." }),
    streamId: z.string().optional(),
    expected: z
      .union([z.enum(["any", "no-stream", "exists"]), integer])
      .optional()
      .meta({ description: "wrong_expected_revision: the Expected-Revision the request sent." }),
    actual: z
      .union([integer, z.literal("no-stream")])
      .optional()
      .meta({ description: "wrong_expected_revision: the stream's revision, or `no-stream` when it does not exist." }),
    revision: integer.optional().meta({ description: "stream_closed: the revision the stream was closed at." }),
    duplicates: z
      .array(z.strictObject({ eventId: z.string(), revision: integer }))
      .optional()
      .meta({
        description: "duplicate_event_id: each event id of the append already stored, and the revision holding it.",
      }),
    index: integer.optional().meta({ description: "invalid_event, event_too_large: which event (0-based)." }),
    field: z.string().optional().meta({ description: "invalid_event: which field of that event." }),
    size: integer.optional().meta({ description: "event_too_large, body_too_large: bytes sent." }),
    limit: integer.optional().meta({ description: "The limit that was exceeded." }),
    count: integer.optional().meta({ description: "too_many_events: events sent." }),
    errors: z
      .array(z.strictObject({ path: z.string(), message: z.string() }))
      .optional()
      .meta({
        description:
          "invalid_body, invalid_query, invalid_expected_revision, invalid_last_event_id: every problem found, by path (`events[0].data.amount`) or parameter.",
      }),
  })
  .meta({ id: "Problem", description: "An error (RFC 9457 problem details, `application/problem+json`)." });

export type Problem = z.output<typeof problemSchema>;
