"use client";
/**
 * Step 1's contrast, behind a toggle: the one row a CRUD table would hold after the same changes, and every
 * value an UPDATE would have overwritten for good (the events on the left still hold all of them).
 */
import { useState } from "react";
import { secondaryButton } from "@/components/ui/styles";
import type { CrudContrast } from "@/lib/walkthrough/crud-contrast";

const COLUMNS = ["id", "full_name", "email", "date_of_birth"] as const;

export function CrudToggle({ contrast }: { contrast: CrudContrast }) {
  const [shown, setShown] = useState(false);
  const { row, overwritten } = contrast;
  return (
    <div className="space-y-4">
      <button type="button" aria-pressed={shown} onClick={() => setShown(!shown)} className={secondaryButton}>
        {shown ? "Hide the CRUD row" : "Show what a CRUD row would keep"}
      </button>
      {shown && row && (
        <div className="space-y-3" data-testid="crud-contrast">
          <div className="overflow-x-auto">
            <table className="w-full text-left font-mono text-xs">
              <caption className="mb-2 text-left font-sans text-sm text-muted">
                <code>students</code> after <code>UPDATE … SET</code>: one row, latest values only
              </caption>
              <thead>
                <tr className="border-b border-border">
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col" className="px-2 py-1 font-semibold">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {COLUMNS.map((column) => (
                    <td key={column} className="max-w-48 truncate px-2 py-1" title={row[column]}>
                      {row[column]}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          {overwritten.length === 0 ? (
            <p className="text-sm text-muted">Nothing lost yet: change the email, then look again.</p>
          ) : (
            <div className="rounded-md bg-bad-surface p-3 text-sm text-bad">
              <p className="font-semibold">Overwritten, gone from the row for good:</p>
              <ul className="mt-1 list-disc space-y-1 pl-5" aria-label="Values a CRUD row would have lost">
                {overwritten.map((lost) => (
                  <li key={`${lost.column}-${lost.replacedAt}`}>
                    <code>{lost.column}</code> was <span className="font-mono line-through">{lost.value}</span>{" "}
                    (revision {lost.setAt}, replaced by revision {lost.replacedAt})
                  </li>
                ))}
              </ul>
              <p className="mt-2">The events still hold every one of these values, and when each changed.</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
