import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ActivitySection } from "@/app/timeline/activity-section";
import { TimelineWorkspace } from "@/app/timeline/timeline-workspace";
import { SetAsideEvents } from "@/components/read-model/set-aside-events";
import { StatusPanel } from "@/components/status/status-panel";
import { textLink } from "@/components/ui/styles";
import { ActivitySkeleton, WorkspaceSkeleton } from "@/components/timeline/workspace-skeleton";
import { checkHealth } from "@/lib/health";
import { listSetAsideEvents } from "@/lib/read-model/projector-queries";
import { currentViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export default async function HomePage() {
  // Rendered per request: the stores are asked now, never at build time.
  await connection();
  return (
    <div className="space-y-6">
      <section className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-semibold tracking-tight">Ledgerline</h1>
          <p className="max-w-3xl text-sm text-muted">
            Commands become events in the DynamoDB event store; a projector turns them into the MySQL read model. Both
            are below: select an event to see the rows it changed, or a row to see the events that built it.
          </p>
        </div>
        <p className="text-sm">
          <Link href="/students/new" className={textLink}>
            Register a student
          </Link>{" "}
          and watch it arrive.
        </p>
      </section>
      <Suspense fallback={<ActivitySkeleton />}>
        <ActivitySection />
      </Suspense>
      <Suspense fallback={<WorkspaceSkeleton layout="split" />}>
        <TimelineWorkspace layout="split" />
      </Suspense>
      <Suspense fallback={null}>
        <SetAside />
      </Suspense>
      <Suspense fallback={null}>
        <CompactStatus />
      </Suspense>
    </div>
  );
}

/** Skipped and parked events; with the read model away, the status panel below says why nothing shows. */
async function SetAside() {
  const events = await currentViewer(app())
    .then(({ sandbox }) => listSetAsideEvents(app().readModel, sandbox))
    .catch(() => undefined);
  return events ? <SetAsideEvents events={events} /> : null;
}

/**
 * The stores' health, kept small below the workspace: the detail matters only when something is down. The
 * panel is shared with other pages, so it is shrunk from outside rather than given a compact variant here.
 */
async function CompactStatus() {
  const report = await checkHealth();
  return (
    <div className="text-sm [&_h2]:text-base [&_section_section]:p-3">
      <StatusPanel report={report} />
    </div>
  );
}
