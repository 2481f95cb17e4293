/**
 * Loads the first render of the timeline (and, split, the read-model panel beside it) on the server, then hands
 * over to the client components that keep them live. A store that fails here only costs the first render: the
 * client components fetch for themselves and say so if they cannot.
 */
import { ReadModelPanel } from "@/components/read-model/read-model-panel";
import { LiveTimeline } from "@/components/timeline/live-timeline";
import { TimelineProvider } from "@/components/timeline/timeline-provider";
import { loadFilterOptions } from "@/lib/timeline/filter-data";
import { loadNameHistories, nameRequestsFor } from "@/lib/timeline/name-data";
import {
  loadProjectionSnapshot,
  loadReadModelOverview,
  loadTimelineStart,
  studentIdsOf,
} from "@/lib/timeline/timeline-data";
import { currentViewer, viewersStores } from "@/lib/classroom/viewer";
import { app, type SandboxStores } from "@/lib/server/app";

function orUndefined<T>(what: string, promise: Promise<T>): Promise<T | undefined> {
  return promise.catch((error: unknown) => {
    console.error(`[timeline] could not load ${what} for the first render`, error);
    return undefined;
  });
}

async function loadEventsWithProjection(stores: SandboxStores) {
  const page = await orUndefined("events", loadTimelineStart(stores));
  if (!page) return { page, projection: undefined, names: undefined };
  const [projection, names] = await Promise.all([
    orUndefined(
      "projection status",
      loadProjectionSnapshot(
        stores,
        page.events.map((e) => e.id),
        studentIdsOf(page.events),
      ),
    ),
    orUndefined("names at each event", loadNameHistories(stores, nameRequestsFor(page.events), page.events)),
  ]);
  return { page, projection, names };
}

export async function TimelineWorkspace({ layout }: { layout: "split" | "full" }) {
  const stores = viewersStores(app(), await currentViewer(app()));
  const [{ page, projection, names }, overview, filterOptions] = await Promise.all([
    loadEventsWithProjection(stores),
    layout === "split" ? orUndefined("the read model", loadReadModelOverview(stores)) : undefined,
    orUndefined("the filter choices", loadFilterOptions(stores, {})),
  ]);
  return (
    <TimelineProvider
      initialPage={page}
      initialProjection={projection}
      initialNames={names}
      initialFilterOptions={filterOptions}
    >
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
