/** The shape of a timeline filter as its routes accept it (app/api/timeline): one schema for both. */
import { z } from "zod";

export const revisionBound = z.coerce.number().int().min(1).max(1_000_000_000);

export const eventFilterSchema = z.strictObject({
  streamId: z.string().min(1).max(128).optional(),
  types: z.array(z.string().min(1).max(100)).max(50).optional(),
  minRevision: revisionBound.optional(),
  maxRevision: revisionBound.optional(),
  since: z.iso.datetime().optional(),
});

export const matchCursorSchema = z.strictObject({
  recordedAt: z.iso.datetime(),
  streamId: z.string().min(1).max(128),
  revision: z.number().int().min(1),
});
