/**
 * The inline projection, a teaching contrast to the asynchronous projector: the server action that appended
 * also updates the read model before it answers ("update the view when you append"). Two databases, two
 * writes, no shared transaction: if the process dies between them, or MySQL is down, the event is stored and
 * the view is not. Here that is survivable only because the asynchronous projector still runs and the
 * checkpoints make the second application a no-op. See docs/projector.md.
 */
import "server-only";
import type { EventStore, RecordedEvent } from "@/lib/event-store/types";
import type { ReadModel } from "@/lib/read-model/client";
import { inProjectionTransaction } from "@/lib/read-model/projection-transaction";
import { applyCommits } from "@/lib/projector/apply-commits";

/** Projects just-appended events now when enabled (or `force`). Never throws: the view may lag, the append stands. */
export type InlineProjection = (
  streamId: string,
  events: readonly RecordedEvent[],
  options?: { force?: boolean },
) => Promise<boolean>;

export function createInlineProjection(deps: {
  store: EventStore;
  readModel: ReadModel;
  enabled: boolean;
}): InlineProjection {
  return async (streamId, events, { force = false } = {}) => {
    if (!force && !deps.enabled) return false;
    try {
      await inProjectionTransaction(deps.readModel, (tx) =>
        applyCommits(tx, deps.store, [{ streamId, events: [...events] }]),
      );
      return true;
    } catch (error) {
      console.error(`inline projection of ${streamId} failed; the projector will catch up:`, error);
      return false;
    }
  };
}
