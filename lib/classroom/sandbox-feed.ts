/**
 * A sandbox's share of the all-events feed and of the stream list. A learner's sandbox is one scope of the event
 * store, read through its own index; the default sandbox is everything else, read from the whole feed with the
 * learners' events left out (a few pages at most are read to fill one).
 */
import { isLearnerSandbox, sandboxOfStream } from "@/lib/domain/sandbox";
import type {
  EventStore,
  ListStreamsOptions,
  ListStreamsResult,
  ReadAllOptions,
  ReadAllResult,
} from "@/lib/event-store/types";

/** Pages of the whole feed read at most to fill one page of the default sandbox. */
const MAX_PAGES = 5;

export const inSandbox =
  (sandbox: string) =>
  ({ streamId }: { streamId: string }): boolean =>
    sandboxOfStream(streamId) === sandbox;

export async function readSandboxFeed(
  store: EventStore,
  sandbox: string,
  options: Omit<ReadAllOptions, "scope"> = {},
): Promise<ReadAllResult> {
  if (isLearnerSandbox(sandbox)) return store.readAll({ ...options, scope: sandbox });
  const wanted = options.maxCount ?? 100;
  const events: ReadAllResult["events"] = [];
  let from = options.from;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const read = await store.readAll({ ...options, from });
    events.push(...read.events.filter(inSandbox(sandbox)));
    from = read.nextPosition;
    if (from === undefined || events.length >= wanted) break;
  }
  return { events, nextPosition: from };
}

export async function listSandboxStreams(
  store: EventStore,
  sandbox: string,
  options: Omit<ListStreamsOptions, "scope"> = {},
): Promise<ListStreamsResult> {
  if (isLearnerSandbox(sandbox)) return store.listStreams({ ...options, scope: sandbox });
  const wanted = options.limit ?? 20;
  const streams: ListStreamsResult["streams"] = [];
  let cursor = options.cursor;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const listed = await store.listStreams({ ...options, cursor });
    streams.push(...listed.streams.filter(inSandbox(sandbox)));
    cursor = listed.nextCursor;
    if (cursor === undefined || streams.length >= wanted) break;
  }
  return { streams, nextCursor: cursor };
}
