/** The projection-activity card with its first data read on the server. */
import { ProjectionActivity } from "@/components/charts/projection-activity";
import { loadActivity } from "@/lib/timeline/timeline-data";
import { currentViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export async function ActivitySection() {
  const report = await loadActivity(viewersStores(app(), await currentViewer(app()))).catch((error: unknown) => {
    console.error("[timeline] could not load projection activity for the first render", error);
    return undefined;
  });
  return <ProjectionActivity initial={report} />;
}
