/**
 * The student list for a search and page (one page of the read model, lib/students/student-list.ts), or the
 * state that explains why it is empty. `result` is undefined when the read model did not answer.
 */
import Link from "next/link";
import { Pagination } from "@/components/students/pagination";
import { StudentTable } from "@/components/students/student-table";
import { primaryButton, textLink } from "@/components/ui/styles";
import type { StudentListPage } from "@/lib/read-model/student-queries";
import { listHref, type ListParams } from "@/lib/students/list-params";

export function StudentResults({ query, page, result }: ListParams & { result: StudentListPage | undefined }) {
  if (!result) {
    return (
      <EmptyState title="Read model unavailable, try again" testId="read-model-unavailable" alert>
        <p>
          MySQL did not answer within 5 seconds. Nothing is lost: every change is an event in the event store, and the
          projector fills this list again as soon as MySQL is back.
        </p>
        <Link href={listHref({ query, page })} className={textLink}>
          Try again
        </Link>
      </EmptyState>
    );
  }
  if (result.total === 0 && !query) {
    return (
      <EmptyState title="No students yet" testId="no-students">
        <p>
          Register one and it appears here once the projector has applied its StudentRegistered event: this list is the
          MySQL read model, not the event store.
        </p>
        <Link href="/students/new" className={primaryButton}>
          Register the first student
        </Link>
      </EmptyState>
    );
  }
  if (result.total === 0) {
    return (
      <EmptyState title="No match" testId="no-match">
        <p>No student&apos;s name or email contains “{query}”.</p>
        <Link href="/students" className={textLink}>
          Clear the search
        </Link>
      </EmptyState>
    );
  }
  if (result.rows.length === 0) {
    const lastPage = Math.ceil(result.total / result.pageSize);
    return (
      <EmptyState title={`There is no page ${page}`} testId="past-last-page">
        <Link href={listHref({ query, page: lastPage })} className={textLink}>
          Go to the last page ({lastPage})
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <StudentTable rows={result.rows} />
      <Pagination query={query} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}

function EmptyState({
  title,
  testId,
  alert = false,
  children,
}: {
  title: string;
  testId: string;
  alert?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div
      data-testid={testId}
      role={alert ? "alert" : undefined}
      className="space-y-3 rounded-lg border border-dashed border-border bg-surface p-6 text-sm text-muted"
    >
      <h2 className="text-lg font-semibold text-foreground">{title}</h2>
      {children}
    </div>
  );
}
