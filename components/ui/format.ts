/**
 * Formatting shared by server and client components. Deterministic (no locale or time-zone lookups) so the
 * server's HTML and the client's hydration always agree.
 */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2000-01-31" → "31 January 2000"; anything else is shown as stored. */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** An event store timestamp, to the millisecond, in UTC: "2026-01-16 09:30:12.345 UTC". */
export function formatTimestamp(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(iso)
    ? `${iso.slice(0, 10)} ${iso.slice(11, 23).replace(/Z$/, "")} UTC`
    : iso;
}

/** 1234 → "1,234". */
export function formatCount(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
