/**
 * The page's loader for replay: the student events of the viewer's sandbox, oldest first, read the way the app
 * reads them (upcast by the store, checked by the domain). A sandbox with none replays the sample class.
 */
import "server-only";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { readSandboxFeed } from "@/lib/classroom/sandbox-feed";
import type { RecordedEvent } from "@/lib/event-store/types";
import { groupIntoStreams } from "@/lib/lab/group-streams";
import type { LabHistory } from "@/lib/lab/lab-history";
import { sampleHistory } from "@/lib/lab/sample-history";
import type { SandboxStores } from "@/lib/server/app";

/** Enough for any class's sandbox; a page holding more would be slow to send, not more instructive. */
const MAX_EVENTS = 5_000;

export async function loadLabHistory(stores: Pick<SandboxStores, "store" | "sandbox">): Promise<LabHistory> {
  try {
    return await readSandboxHistory(stores);
  } catch {
    // The event store away: the lab still works on the sample class, and says so.
    return { ...sampleHistory(), source: "sample-store-away" };
  }
}

async function readSandboxHistory(stores: Pick<SandboxStores, "store" | "sandbox">): Promise<LabHistory> {
  const events: RecordedEvent[] = [];
  let from: string | undefined;
  do {
    const page = await readSandboxFeed(stores.store, stores.sandbox, { from, maxCount: 1000 });
    events.push(...page.events);
    from = page.events.length === 0 ? undefined : page.nextPosition;
  } while (from !== undefined && events.length < MAX_EVENTS);
  const streams = groupIntoStreams(events.slice(0, MAX_EVENTS), readRecordedStudentEvent);
  if (streams.length === 0) return sampleHistory();
  return { source: "sandbox", streams, eventCount: streams.reduce((sum, s) => sum + s.events.length, 0) };
}
