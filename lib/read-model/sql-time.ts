/** datetime(3) columns hold UTC as 'YYYY-MM-DD HH:MM:SS.mmm' (MySQL 8 refuses ISO's 'T' and 'Z'). */
export function toSqlDateTime(iso: string | Date): string {
  const text = typeof iso === "string" ? new Date(iso).toISOString() : iso.toISOString();
  return text.replace("T", " ").replace("Z", "");
}

export function fromSqlDateTime(value: string): string {
  return `${value.replace(" ", "T")}Z`;
}
