/** One page of students from the read model; each name links to the student's page. */
import Link from "next/link";
import { formatCount, formatTimestamp } from "@/components/ui/format";
import { textLink } from "@/components/ui/styles";
import type { StudentListRow } from "@/lib/read-model/student-queries";

export function StudentTable({ rows }: { rows: readonly StudentListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Students</caption>
        <thead className="border-b border-border text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-4 py-3">
              Name
            </th>
            <th scope="col" className="px-4 py-3">
              Email
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Courses
            </th>
            <th scope="col" className="hidden px-4 py-3 text-right md:table-cell">
              Revision
            </th>
            <th scope="col" className="hidden px-4 py-3 md:table-cell">
              Last change
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={row.studentId}>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/students/${encodeURIComponent(row.studentId)}`} className={textLink}>
                  {row.fullName}
                </Link>
              </th>
              <td className="px-4 py-3 break-all">{row.email}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatCount(row.enrolmentCount)}</td>
              <td className="hidden px-4 py-3 text-right tabular-nums md:table-cell">{formatCount(row.revision)}</td>
              <td className="hidden px-4 py-3 whitespace-nowrap text-muted md:table-cell">
                <time dateTime={row.updatedAt}>{formatTimestamp(row.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
