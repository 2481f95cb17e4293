"use client";

/** Live / reconnecting / paused, announced politely, with pause and resume and the count of held-back events. */
import { secondaryButton } from "@/components/ui/styles";
import type { LiveFeed } from "@/components/timeline/use-live-feed";

const STATES = {
  connecting: { label: "Connecting…", dot: "bg-muted" },
  live: { label: "Live", dot: "bg-ok animate-pulse" },
  reconnecting: { label: "Reconnecting…", dot: "bg-warn animate-pulse" },
  paused: { label: "Paused", dot: "bg-muted" },
} as const;

export function ConnectionStatus({ feed }: { feed: LiveFeed }) {
  const state = feed.paused ? "paused" : feed.connection;
  const { label, dot } = STATES[state];
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p
        role="status"
        aria-live="polite"
        data-testid="connection-state"
        data-state={state}
        className="inline-flex items-center gap-1.5 text-sm font-medium"
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
        {label}
        {feed.paused && feed.connection !== "live" ? <span className="text-muted"> (reconnecting)</span> : null}
      </p>
      {feed.paused ? (
        <>
          <button
            type="button"
            onClick={feed.showBuffered}
            disabled={feed.buffered === 0}
            className={`${secondaryButton} px-2 py-1 text-xs tabular-nums`}
          >
            {feed.buffered} new
          </button>
          <button type="button" onClick={feed.resume} className={`${secondaryButton} px-2 py-1 text-xs`}>
            Resume
          </button>
        </>
      ) : (
        <button type="button" onClick={feed.pause} className={`${secondaryButton} px-2 py-1 text-xs`}>
          Pause
        </button>
      )}
    </div>
  );
}
