/**
 * The inline projection, a teaching contrast to the asynchronous projector: the server action that appended
 * also updates the read model before it answers ("update the view when you append"). Two databases, two
 * writes, no shared transaction: if the process dies between them, or MySQL is down, the event is stored and
 * the view is not. Here that is survivable only because the asynchronous projector still runs and the
 * checkpoints make the second application a no-op. See docs/projector.md.
 */
import "server-only";
import { config } from "@/lib/config";
import type { RecordedEvent } from "@/lib/event-store/types";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { eventStore } from "@/lib/server/event-store";
import { applyCommits } from "@/lib/projector/apply-commits";

/** Projects just-appended events now when INLINE_PROJECTION is on (or `force`). Never throws: the view may lag, the append stands. */
export async function projectInline(
  streamId: string,
  events: readonly RecordedEvent[],
  { force = false }: { force?: boolean } = {},
): Promise<boolean> {
  if (!force && !config().inlineProjection) return false;
  const store = eventStore();
  try {
    await inProjectionTransaction((tx) => applyCommits(tx, store, [{ streamId, events: [...events] }]));
    return true;
  } catch (error) {
    console.error(`inline projection of ${streamId} failed; the projector will catch up:`, error);
    return false;
  }
}
