import type { Metadata } from "next";
import { currentViewer } from "@/lib/classroom/viewer";
import { loadLabPasses } from "@/lib/lab/lab-progress";
import { app } from "@/lib/server/app";
import { ExerciseList } from "@/components/lab/exercise-list";

export const metadata: Metadata = { title: "Lab" };

export default async function LabPage() {
  const viewer = await currentViewer(app());
  const recorded = await loadLabPasses(app().readModel, viewer.sandbox);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Lab</h1>
        <p className="text-sm text-muted">
          Write the event-sourcing code yourself. Each exercise checks your code as you type: specs written as
          given/when/then, and a replay of real history through your function and the app&apos;s. Your code runs in your
          browser only, in a sealed worker.
        </p>
      </header>
      <ExerciseList scope={viewer.sandbox} recorded={recorded} />
    </div>
  );
}
