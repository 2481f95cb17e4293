import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { ActivitySection } from "@/app/timeline/activity-section";
import { TimelineWorkspace } from "@/app/timeline/timeline-workspace";
import { ActivitySkeleton, WorkspaceSkeleton } from "@/components/timeline/workspace-skeleton";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  await connection();
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Timeline</h1>
        <p className="text-sm text-muted">
          Every event in the event store as it is written, across all students, and whether the projector has brought it
          into the read model yet.
        </p>
      </div>
      <Suspense fallback={<ActivitySkeleton />}>
        <ActivitySection />
      </Suspense>
      <Suspense fallback={<WorkspaceSkeleton layout="full" />}>
        <TimelineWorkspace layout="full" />
      </Suspense>
    </div>
  );
}
