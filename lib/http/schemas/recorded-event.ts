/** The wire shape of a stored event, shared by stream reads, the all-events feed and the live feed. */
import { z } from "zod";

/**
 * Any JSON object. The generator cannot express a recursive JSON type, so values are open; `additionalProperties:
 * true` rather than the generated `{}`, which some OpenAPI tools (Scalar) reject as a schema without a type.
 */
export const jsonObjectSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: "A JSON object.", additionalProperties: true });

const positive = z.number().int().min(1);

export const recordedEventSchema = z
  .strictObject({
    id: z.guid().meta({ description: "The event's id (a UUID, lower case)." }),
    streamId: z.string(),
    revision: positive.meta({ description: "1-based, gapless within the stream." }),
    type: z.string(),
    data: jsonObjectSchema,
    metadata: jsonObjectSchema,
    schemaVersion: positive.meta({ description: "The version of the data's shape, after upcasting." }),
    storedSchemaVersion: positive
      .optional()
      .meta({ description: "Present when an upcaster changed the event on read: the version it was stored with." }),
    upcastError: z.string().optional().meta({
      description:
        "Present when the event's upcaster could not handle its stored data: why. The event is then exactly as stored, and readers such as the projector skip it.",
    }),
    tags: z.array(z.string()).optional().meta({
      description:
        "Present when the event has tags (e.g. `course:web-development` on an enrolment): what reads by tag and append conditions use. The app's commands write them; appends through this API carry none.",
    }),
    recordedAt: z.iso.datetime().meta({ description: "Server time of the append." }),
    position: z.string().meta({ description: "The commit's position in the all-events feed (opaque)." }),
  })
  .meta({ id: "RecordedEvent", description: "An event as stored." });

export const directionSchema = z
  .enum(["forwards", "backwards"])
  .meta({ id: "Direction", description: "Reading order. Default: forwards." });
