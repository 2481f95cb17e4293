/** "1–25 of 1,234" with Previous and Next; at either end the link is shown disabled rather than hidden. */
import Link from "next/link";
import type { ReactNode } from "react";
import { formatCount } from "@/components/ui/format";
import { secondaryButton } from "@/components/ui/styles";
import { listHref } from "@/lib/students/list-params";

export function Pagination({
  query,
  page,
  pageSize,
  total,
}: {
  query: string;
  page: number;
  pageSize: number;
  total: number;
}) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted" data-testid="page-range">
        {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
      </p>
      <div className="flex items-center gap-2">
        <PageLink href={page > 1 ? listHref({ query, page: page - 1 }) : undefined} rel="prev">
          Previous
        </PageLink>
        <span className="text-sm text-muted">
          Page {formatCount(page)} of {formatCount(lastPage)}
        </span>
        <PageLink href={page < lastPage ? listHref({ query, page: page + 1 }) : undefined} rel="next">
          Next
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | undefined; rel: "prev" | "next"; children: ReactNode }) {
  if (!href) {
    // A link with nowhere to go: kept in place (and in the accessibility tree) but marked disabled.
    return (
      <span role="link" aria-disabled="true" className={`${secondaryButton} cursor-not-allowed opacity-50`}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={secondaryButton}>
      {children}
    </Link>
  );
}
