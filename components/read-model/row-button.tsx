"use client";

/** A read-model row as a toggle: pressing it selects the row and lists the events that built it. */
import type { ReactNode } from "react";
import { focusRing } from "@/components/ui/styles";

export function RowButton({
  row,
  selected,
  onSelect,
  label,
  children,
  className = "",
}: {
  row: string;
  selected: boolean;
  onSelect(row: string | undefined): void;
  /** The accessible name, when the visible text alone is not clear. */
  label?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      aria-label={label}
      title={`Show the events that built ${row}`}
      onClick={() => onSelect(selected ? undefined : row)}
      className={`rounded-sm text-left hover:underline ${focusRing} ${className}`}
    >
      {children}
    </button>
  );
}

/** Classes of a row that the selected event changed (highlighted) or that is itself selected. */
export function rowTone(highlighted: boolean, selected: boolean): string {
  if (selected) return "bg-accent/15 outline outline-2 -outline-offset-2 outline-accent";
  if (highlighted) return "bg-warn-surface outline outline-2 -outline-offset-2 outline-warn";
  return "";
}
