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

/** Pages of an unscoped read, filtered to a sandbox, until `wanted` items or MAX_PAGES pages. */
async function fillFromWhole<Item extends { streamId: string }>(
  sandbox: string,
  wanted: number,
  start: string | undefined,
  read: (from: string | undefined) => Promise<{ items: Item[]; next: string | undefined }>,
): Promise<{ items: Item[]; next: string | undefined }> {
  const items: Item[] = [];
  let next = start;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const got = await read(next);
    items.push(...got.items.filter(inSandbox(sandbox)));
    next = got.next;
    if (next === undefined || items.length >= wanted) break;
  }
  return { items, next };
}

export async function readSandboxFeed(
  store: EventStore,
  sandbox: string,
  options: Omit<ReadAllOptions, "scope"> = {},
): Promise<ReadAllResult> {
  if (isLearnerSandbox(sandbox)) return store.readAll({ ...options, scope: sandbox });
  const { items, next } = await fillFromWhole(sandbox, options.maxCount ?? 100, options.from, async (from) => {
    const page = await store.readAll({ ...options, from });
    return { items: page.events, next: page.nextPosition };
  });
  return { events: items, nextPosition: next };
}

export async function listSandboxStreams(
  store: EventStore,
  sandbox: string,
  options: Omit<ListStreamsOptions, "scope"> = {},
): Promise<ListStreamsResult> {
  if (isLearnerSandbox(sandbox)) return store.listStreams({ ...options, scope: sandbox });
  const { items, next } = await fillFromWhole(sandbox, options.limit ?? 20, options.cursor, async (cursor) => {
    const page = await store.listStreams({ ...options, cursor });
    return { items: page.streams, next: page.nextCursor };
  });
  return { streams: items, nextCursor: next };
}
