/**
 * Loads the first render of the timeline (and, split, the read-model panel beside it) on the server, then hands
 * over to the client components that keep them live. A store that fails here only costs the first render: the
 * client components fetch for themselves and say so if they cannot.
 */
import { ReadModelPanel } from "@/components/read-model/read-model-panel";
import { LiveTimeline } from "@/components/timeline/live-timeline";
import { TimelineProvider } from "@/components/timeline/timeline-provider";
import { loadProjectionSnapshot, loadReadModelOverview, loadTimelineStart, studentIdsOf } from "@/app/timeline/timeline-data";

function orUndefined<T>(what: string, promise: Promise<T>): Promise<T | undefined> {
  return promise.catch((error: unknown) => {
    console.error(`[timeline] could not load ${what} for the first render`, error);
    return undefined;
  });
}

async function loadEventsWithProjection() {
  const page = await orUndefined("events", loadTimelineStart());
  const projection = page ? await orUndefined("projection status", loadProjectionSnapshot(page.events.map((e) => e.id), studentIdsOf(page.events))) : undefined;
  return { page, projection };
}

export async function TimelineWorkspace({ layout }: { layout: "split" | "full" }) {
  const [{ page, projection }, overview] = await Promise.all([
    loadEventsWithProjection(),
    layout === "split" ? orUndefined("the read model", loadReadModelOverview()) : undefined,
  ]);
  return (
    <TimelineProvider initialPage={page} initialProjection={projection}>
      {layout === "split" ? (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          <div className="rounded-lg border border-border bg-surface p-4 shadow-sm">
            <ReadModelPanel initial={overview} />
          </div>
          <div className="rounded-lg border border-border bg-surface p-4 shadow-sm">
            <LiveTimeline title="Events in DynamoDB" />
          </div>
        </div>
      ) : (
        <LiveTimeline title="All events" fullHeight />
      )}
    </TimelineProvider>
  );
}
