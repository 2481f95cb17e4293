"use client";

/** "12 s ago", with the absolute local time on hover (title) and in the datetime attribute. */
import { localTimestamp, relativeTime } from "@/lib/timeline/relative-time";
import { useNow } from "@/components/timeline/use-now";

export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const now = useNow();
  // Before hydration the viewer's clock and zone are unknown: show UTC time of day, which the server knows too.
  const text = now === null ? `${iso.slice(11, 19)} UTC` : relativeTime(iso, now);
  const title = now === null ? iso : localTimestamp(iso);
  return (
    <time dateTime={iso} title={title} className={className}>
      {text}
    </time>
  );
}
