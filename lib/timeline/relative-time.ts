/** Times on the timeline: relative ("12 s ago") for reading at a glance, absolute local time on hover. */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "12 s ago", "3 min ago", "2 h ago", "4 d ago". A time ahead of `now` (clock skew) is "just now". */
export function relativeTime(iso: string, now: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const ago = now - at;
  if (ago < 5 * SECOND) return "just now";
  if (ago < MINUTE) return `${Math.floor(ago / SECOND)} s ago`;
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  return `${Math.floor(ago / DAY)} d ago`;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * "2026-11-23 19:02:11.407 UTC+01:00" in the viewer's time zone. `offsetMinutes` follows Date's
 * getTimezoneOffset (minutes behind UTC); tests pass it, the browser uses its own.
 */
export function localTimestamp(iso: string, offsetMinutes = new Date(iso).getTimezoneOffset()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const local = new Date(at - offsetMinutes * MINUTE);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}`;
  const east = -offsetMinutes;
  const zone =
    east === 0
      ? "UTC"
      : `UTC${east > 0 ? "+" : "-"}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
  return `${date} ${time} ${zone}`;
}

/** A lag in milliseconds for people: "85 ms", "1.2 s", "3 min 5 s". */
export function formatLag(ms: number): string {
  if (ms < SECOND) return `${Math.round(ms)} ms`;
  if (ms < 10 * SECOND) return `${(ms / SECOND).toFixed(1)} s`;
  if (ms < MINUTE) return `${Math.round(ms / SECOND)} s`;
  return `${Math.floor(ms / MINUTE)} min ${Math.round((ms % MINUTE) / SECOND)} s`;
}
