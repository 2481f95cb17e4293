/**
 * Requests and responses of /api/streams/*. The rules on values (stream id, event type, id format, sizes) belong
 * to the event store (lib/event-store/validation.ts); these schemas check the JSON shape and only describe them.
 */
import { z } from "zod";
import { MAX_APPEND_BYTES, MAX_EVENTS_PER_APPEND } from "@/lib/event-store/validation";
import { positionParamSchema } from "@/lib/http/schemas/position";
import { directionSchema, jsonObjectSchema, recordedEventSchema } from "@/lib/http/schemas/recorded-event";

const positiveInteger = z.coerce.number().int().min(1);

export const streamIdParamsSchema = z.object({
  streamId: z.string().meta({
    description: "1–128 letters, digits, `-`, `_`, `.`, `:` or `@`, starting with a letter or digit.",
    example: "demo-1",
  }),
});

export const streamInfoSchema = z
  .strictObject({
    streamId: z.string(),
    revision: z.number().int().min(1).meta({ description: "The stream's last revision." }),
    closed: z.boolean(),
    lastEventAt: z.iso.datetime().meta({ description: "When the stream's last event was recorded." }),
  })
  .meta({ id: "StreamInfo" });

export const listStreamsQuerySchema = z.strictObject({
  cursor: positionParamSchema.optional().meta({ description: "`next` of the previous page." }),
  limit: positiveInteger.optional().meta({ description: "Streams per page. Default 20; at most 100 are returned." }),
});

export const streamListSchema = z
  .strictObject({
    streams: z.array(streamInfoSchema).meta({ description: "Newest activity first." }),
    next: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "StreamList" });

export const readStreamQuerySchema = z.strictObject({
  from: positiveInteger.optional().meta({
    description: "First revision to read (inclusive). Default: 1 forwards, the last revision backwards.",
  }),
  direction: directionSchema.optional(),
  limit: positiveInteger.optional().meta({ description: "Events per page. Default and maximum: 1000." }),
});

export const streamPageSchema = z
  .strictObject({
    streamId: z.string(),
    events: z.array(recordedEventSchema),
    lastRevision: z.number().int().min(1).meta({ description: "The stream's last revision when it was read." }),
    closed: z.boolean(),
    next: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Pass as `from` (same direction) for the next page; null when this page reached the end." }),
  })
  .meta({ id: "StreamPage" });

export const EXPECTED_REVISION_HEADER = "Expected-Revision";

export const expectedRevisionHeaderSchema = z
  .string()
  .regex(/^(any|no-stream|exists|\d{1,15})$/, "use any, no-stream, exists or a revision number")
  .meta({
    description:
      "What the append expects of the stream: `any` (default, no check), `no-stream` (must not exist), " +
      "`exists` (must have at least one event) or a revision number N (its last revision must be exactly N; 0 = no-stream). " +
      "A mismatch answers 409 `wrong_expected_revision`.",
    example: "no-stream",
  });

export const newEventSchema = z
  .strictObject({
    id: z.string().optional().meta({
      description: "A UUID you choose. Give one to make retries safe: re-sending the same ids stores nothing twice.",
      example: "0b6e1c52-7d0a-4b53-9f3a-0a4c7b0e9d11",
    }),
    type: z.string().meta({
      description: "1–100 letters, digits, `.`, `_` or `-`, starting with a letter. Past tense, by convention.",
      example: "StudentRegistered",
    }),
    data: jsonObjectSchema,
    metadata: jsonObjectSchema
      .optional()
      .meta({ description: "Optional; `correlationId` and `causationId`, when present, must be strings." }),
    schemaVersion: z.number().int().optional().meta({ description: "The version of the data's shape. Default 1." }),
  })
  .meta({ id: "NewEvent" });

export const appendRequestSchema = z
  .strictObject({
    events: z.array(newEventSchema).meta({
      description: `1–${MAX_EVENTS_PER_APPEND} events, stored together or not at all, at most ${MAX_APPEND_BYTES / 1024} KiB together.`,
      minItems: 1,
      maxItems: MAX_EVENTS_PER_APPEND,
    }),
  })
  .meta({
    id: "AppendRequest",
    example: {
      events: [{ type: "NoteWritten", data: { text: "Hello, event store" }, metadata: { correlationId: "try-1" } }],
    },
  });

export const appendResultSchema = z
  .strictObject({
    streamId: z.string(),
    firstRevision: z.number().int().min(1),
    nextExpectedRevision: z
      .number()
      .int()
      .min(1)
      .meta({ description: "The stream's revision after the append: send it as the next Expected-Revision." }),
    position: z.string().meta({ description: "The commit's position in the all-events feed." }),
    alreadyStored: z
      .boolean()
      .meta({ description: "True (status 200) when these event ids were already stored: a retry, nothing written." }),
  })
  .meta({ id: "AppendResult" });

export type AppendRequest = z.output<typeof appendRequestSchema>;
