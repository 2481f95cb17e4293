/**
 * A whole stream (or a revision range of it) read through `readStream`, page by page: the one paging loop,
 * for every reader that needs more than one page (the command loop, the student page, the projector's gap
 * fill, the rebuild's catch-up, the walkthrough).
 */
import { StreamNotFoundError } from "@/lib/event-store/errors";
import type { EventStore, ReadStreamResult, RecordedEvent } from "@/lib/event-store/types";

export interface StreamRange {
  /** First revision to read (inclusive); default 1. */
  fromRevision?: number;
  /** Last revision to read (inclusive); default: the end of the stream. */
  toRevision?: number;
  /** false: the events exactly as stored, without upcasting. */
  upcast?: boolean;
}

/** The events in revision order; a stream that does not exist yields none. */
export async function* streamEvents(
  store: EventStore,
  streamId: string,
  range: StreamRange = {},
): AsyncGenerator<RecordedEvent> {
  const { fromRevision = 1, toRevision = Number.POSITIVE_INFINITY, upcast } = range;
  for (let from: number | undefined = fromRevision; from !== undefined && from <= toRevision;) {
    const maxCount = Math.min(1000, toRevision - from + 1);
    const page: ReadStreamResult | undefined = await store
      .readStream(streamId, { fromRevision: from, maxCount, upcast })
      .catch((error: unknown) => {
        if (error instanceof StreamNotFoundError) return undefined;
        throw error;
      });
    if (!page) return;
    for (const event of page.events) if (event.revision <= toRevision) yield event;
    from = page.nextRevision;
  }
}

/** The same, gathered into one array (empty when the stream does not exist). */
export async function readStreamEvents(
  store: EventStore,
  streamId: string,
  range: StreamRange = {},
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of streamEvents(store, streamId, range)) events.push(event);
  return events;
}
