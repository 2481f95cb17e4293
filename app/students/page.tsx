import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { StudentResults } from "@/components/students/student-results";
import { StudentSearch } from "@/components/students/student-search";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { primaryButton } from "@/components/ui/styles";
import { currentViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";
import { parseListParams, type ListParams } from "@/lib/students/list-params";
import { loadStudentList } from "@/lib/students/student-list";

export const metadata: Metadata = { title: "Students" };

export default async function StudentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { query, page } = parseListParams(await searchParams);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Students</h1>
          <p className="text-sm text-muted">
            Read from the MySQL read model, which the projector fills from the events.
          </p>
        </div>
        <Link href="/students/new" className={primaryButton}>
          New student
        </Link>
      </div>
      <StudentSearch query={query} />
      {/* The read model is eventually consistent: the list follows the projector without a reload. */}
      <LiveRefresh everyMs={2000} />
      {/* Keyed on the search and page: each new one shows the placeholder while the search box stays put. */}
      <Suspense key={`${query}\n${page}`} fallback={<ResultsPlaceholder />}>
        <LoadedResults query={query} page={page} />
      </Suspense>
    </div>
  );
}

/** Reads inside the Suspense boundary, so the heading and search box stream first and the list follows. */
async function LoadedResults(params: ListParams) {
  return (
    <StudentResults
      {...params}
      result={await loadStudentList(viewersStores(app(), await currentViewer(app())), params)}
    />
  );
}

function ResultsPlaceholder() {
  return (
    <div aria-busy="true" className="space-y-2 rounded-lg border border-border bg-surface p-4">
      <p className="sr-only">Loading students…</p>
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="h-6 animate-pulse rounded bg-background" />
      ))}
    </div>
  );
}
