/**
 * Positions in the all-events feed as the API takes them back (`from`, `cursor`, `after`, Last-Event-ID). They
 * are opaque to clients, but the API checks that one is shaped like a position the stores make before it goes
 * near a store: DynamoDB refuses key values over 1,024 bytes with an error that would otherwise surface as a 500.
 *
 * - DynamoDB adapter: the feed key, `<recordedAt>#<tick, 4+ digits>#<stream id>#<first revision, 10+ digits>`
 *   (lib/event-store/dynamodb/items.ts, feedKeyOf).
 * - In-memory adapter: the commit's sequence number, 12 digits.
 */
import { STREAM_ID_PATTERN } from "@/lib/event-store/validation";

/** Longer than any position the stores make (a feed key is at most 24 + 4 + 128 + 10 characters and three `#`). */
export const MAX_POSITION_BYTES = 256;

const STREAM_ID = STREAM_ID_PATTERN.source.replace(/^\^/, "").replace(/\$$/, "");
const FEED_KEY = new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z#\\d{4,}#${STREAM_ID}#\\d{10,}$`);
const SEQUENCE = /^\d{12}$/;

/** Why a value is not a position, or undefined when it is one. */
export function positionProblem(value: string): string | undefined {
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > MAX_POSITION_BYTES) return `takes ${bytes} bytes; a position takes at most ${MAX_POSITION_BYTES}`;
  if (!FEED_KEY.test(value) && !SEQUENCE.test(value))
    return "is not a position of this store (use a `position` or `next` it returned)";
  return undefined;
}
