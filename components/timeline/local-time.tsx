"use client";

/** A time of day in the viewer's zone ("18:49:02.407"), full timestamp on hover; UTC until hydrated. */
import { useNow } from "@/components/timeline/use-now";
import { localTimestamp } from "@/lib/timeline/relative-time";

export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useNow() !== null;
  const full = hydrated ? localTimestamp(iso) : `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`;
  return (
    <time dateTime={iso} title={full} className="tabular-nums">
      {hydrated ? full.slice(11, 23) : `${iso.slice(11, 19)} UTC`}
    </time>
  );
}
