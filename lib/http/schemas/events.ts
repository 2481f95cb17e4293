/** Requests and responses of the all-events feed, /api/events and /api/events/live. */
import { z } from "zod";
import { MAX_MESSAGE_ID_BYTES } from "@/lib/http/live/resume-point";
import { positionParamSchema } from "@/lib/http/schemas/position";
import { directionSchema, recordedEventSchema } from "@/lib/http/schemas/recorded-event";

export const readAllQuerySchema = z.strictObject({
  from: positionParamSchema.optional().meta({
    description:
      "A position (exclusive): events after it forwards, before it backwards. Default: the start or the end.",
  }),
  direction: directionSchema.optional(),
  limit: z.coerce.number().int().min(1).optional().meta({
    description:
      "Events per page; pages end on commit boundaries, so a page may hold a few more. Default 100, max 1000.",
  }),
});

export const eventPageSchema = z
  .strictObject({
    events: z.array(recordedEventSchema),
    next: z
      .string()
      .nullable()
      .meta({ description: "Pass as `from` (same direction) for the next page; null at the end." }),
  })
  .meta({ id: "EventPage" });

/** The most events `?backfill=` sends before the live events. */
export const MAX_BACKFILL = 1000;

export const liveQuerySchema = z.strictObject({
  after: z
    .string()
    .min(1)
    .optional()
    .meta({
      maxLength: MAX_MESSAGE_ID_BYTES,
      description:
        "Resume after this SSE message id (`<position>|<event id>`) or after a position, as this server sent them. " +
        "The Last-Event-ID header wins when both are sent.",
    }),
  backfill: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_BACKFILL)
    .optional()
    .meta({
      description: `Without a resume point: first send the newest N events (0–${MAX_BACKFILL}). Default 0: only new events.`,
    }),
});
