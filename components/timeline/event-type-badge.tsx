/** An event type in its own colour (each pair readable in light and dark), so kinds of change stand out. */

const PALETTES = {
  StudentRegistered:
    "bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  StudentDetailsUpdated: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  StudentEnrolled:
    "bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800",
  StudentUnenrolled:
    "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
} as const;

const OTHER = "bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600";

/** The stripe colour beside a timeline entry. */
const STRIPES = {
  StudentRegistered: "border-l-emerald-500",
  StudentDetailsUpdated: "border-l-sky-500",
  StudentEnrolled: "border-l-violet-500",
  StudentUnenrolled: "border-l-amber-500",
} as const;

const known = (type: string): type is keyof typeof PALETTES => type in PALETTES;

export function typeStripe(type: string): string {
  return known(type) ? STRIPES[type] : "border-l-slate-400";
}

export function EventTypeBadge({ type }: { type: string }) {
  return (
    <span
      data-testid="event-type"
      className={`inline-flex items-center rounded px-1.5 py-0.5 font-mono text-xs font-semibold ring-1 ring-inset ${known(type) ? PALETTES[type] : OTHER}`}
    >
      {type}
    </span>
  );
}
