/**
 * The page's loader for replay: the student streams of the viewer's sandbox, the most recently active first and
 * each whole, read the way the app reads them (upcast by the store, checked by the domain), up to 5,000 events:
 * a learner's newest students are always in it. A sandbox with none replays the sample class.
 */
import "server-only";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { listSandboxStreams } from "@/lib/classroom/sandbox-feed";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { readStreamEvents } from "@/lib/event-store/stream-events";
import type { RecordedEvent } from "@/lib/event-store/types";
import { groupIntoStreams } from "@/lib/lab/group-streams";
import type { LabHistory } from "@/lib/lab/lab-history";
import { sampleHistory } from "@/lib/lab/sample-history";
import type { SandboxStores } from "@/lib/server/app";

/** Enough for any class's sandbox; a page holding more would be slow to send, not more instructive. */
const MAX_EVENTS = 5_000;
const MAX_STREAM_PAGES = 10;
const PARALLEL_READS = 8;

export async function loadLabHistory(stores: Pick<SandboxStores, "store" | "sandbox">): Promise<LabHistory> {
  try {
    return await readSandboxHistory(stores);
  } catch {
    // The event store away: the lab still works on the sample class, and says so.
    return { ...sampleHistory(), source: "sample-store-away" };
  }
}

async function readSandboxHistory(stores: Pick<SandboxStores, "store" | "sandbox">): Promise<LabHistory> {
  const chosen = await newestStudentStreams(stores);
  const events: RecordedEvent[] = [];
  for (let i = 0; i < chosen.length; i += PARALLEL_READS) {
    const batch = chosen.slice(i, i + PARALLEL_READS).map((streamId) => readStreamEvents(stores.store, streamId));
    for (const streamEvents of await Promise.all(batch)) events.push(...streamEvents);
  }
  const streams = groupIntoStreams(events, readRecordedStudentEvent);
  if (streams.length === 0) return sampleHistory();
  return { source: "sandbox", streams, eventCount: streams.reduce((sum, s) => sum + s.events.length, 0) };
}

/** Student streams, most recently active first, whole, while they fit in MAX_EVENTS together. */
async function newestStudentStreams(stores: Pick<SandboxStores, "store" | "sandbox">): Promise<string[]> {
  const chosen: string[] = [];
  let budget = MAX_EVENTS;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_STREAM_PAGES && budget > 0; page += 1) {
    const listed = await listSandboxStreams(stores.store, stores.sandbox, { cursor, limit: 100 });
    for (const stream of listed.streams) {
      if (studentIdOfStream(stream.streamId) === undefined || stream.revision > budget) continue;
      chosen.push(stream.streamId);
      budget -= stream.revision;
    }
    cursor = listed.nextCursor;
    if (cursor === undefined || listed.streams.length === 0) break;
  }
  return chosen;
}
