import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentViewer } from "@/lib/classroom/viewer";
import { findExercise } from "@/lib/lab/exercise-list";
import { loadLabPage } from "@/lib/lab/lab-page-data";
import { app } from "@/lib/server/app";
import { ExerciseWorkbench } from "@/components/lab/exercise-workbench";
import { Hints } from "@/components/lab/hints";
import { Prose } from "@/components/lab/prose";
import { SourceView } from "@/components/walkthrough/source-view";
import { textLink } from "@/components/ui/styles";

type Props = {
  params: Promise<{ exercise: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = findExercise((await params).exercise);
  return { title: exercise ? `${exercise.number}. ${exercise.title} · Lab` : "Lab" };
}

export default async function ExercisePage({ params, searchParams }: Props) {
  const exercise = findExercise((await params).exercise);
  if (!exercise) notFound();
  const viewer = await currentViewer(app());
  const data = await loadLabPage(app(), viewer.sandbox, exercise, (await searchParams).sample);
  return (
    <div className="space-y-6">
      <nav aria-label="Lab" className="text-sm">
        <Link href="/lab" className={textLink}>
          ← All exercises
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">
          {exercise.number}. {exercise.title}
        </h1>
        {exercise.explanation.map((paragraph, i) => (
          <Prose key={i} text={paragraph} />
        ))}
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ExerciseWorkbench
          exerciseId={exercise.id}
          scope={viewer.sandbox}
          history={data.history}
          starter={data.starter}
        />
        <aside className="space-y-6">
          <section aria-labelledby="types-heading" className="space-y-2">
            <h2 id="types-heading" className="text-lg font-semibold">
              Types at hand
            </h2>
            <p className="text-sm text-muted">Already in scope for your code: use them without an import.</p>
            {data.types.map((source) => (
              <SourceView
                key={`${source.path}:${source.firstLine}`}
                source={source}
                label={`Types from ${source.path}`}
              />
            ))}
          </section>
          <Hints hints={exercise.hints} />
          <section aria-labelledby="solution-heading" className="space-y-2">
            <h2 id="solution-heading" className="text-lg font-semibold">
              The app&apos;s own code
            </h2>
            <details>
              <summary className="cursor-pointer text-sm font-medium text-accent">Show the solution</summary>
              <div className="mt-2">
                <SourceView source={data.solution} label={`Solution: ${data.solution.path}`} />
              </div>
            </details>
          </section>
        </aside>
      </div>
    </div>
  );
}
