const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** datetime(3) columns hold UTC as 'YYYY-MM-DD HH:MM:SS.mmm' (MySQL 8 refuses ISO's 'T' and 'Z'). */
export function toSqlDateTime(iso: string | Date): string {
  // The event store's own timestamps are already canonical: no Date round trip (a rebuild converts 20,000).
  const text =
    typeof iso !== "string" ? iso.toISOString() : CANONICAL_ISO.test(iso) ? iso : new Date(iso).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 23)}`;
}

export function fromSqlDateTime(value: string): string {
  return `${value.replace(" ", "T")}Z`;
}
