"use client";

/**
 * The entries, newest first, in their own scroll area, with "Load older" at the end (older events of the feed,
 * or older matches of a filter): it turns disabled (never disappears) when there is nothing older, and loads
 * by itself once the reader scrolls down to it.
 */
import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { LiveFeed } from "@/components/timeline/use-live-feed";

/** Where older entries come from: the feed's older pages, or a filter's further matches. */
export interface TimelinePager {
  hasMore: boolean;
  loading: boolean;
  loadMore(): Promise<void>;
  /** "events" or "matches", for the button. */
  noun: string;
  /** "120 loaded", "7 matching". */
  shown: string;
}

export interface TimelineListProps {
  feed: LiveFeed;
  pager: TimelinePager;
  /** How many entries `children` holds. */
  shown: number;
  filtering: boolean;
  onClearFilters(): void;
  fullHeight: boolean;
  children: ReactNode;
}

export function TimelineList({
  feed,
  pager,
  shown,
  filtering,
  onClearFilters,
  fullHeight,
  children,
}: TimelineListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasMore: hasOlder, loading: loadingOlder, loadMore: loadOlder } = pager;

  useEffect(() => {
    const root = fullHeight ? null : scroller.current;
    const target = sentinel.current;
    if (!target || !hasOlder) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        // Only after the reader scrolled: a short list must not page through the whole store by itself.
        const scrolled = fullHeight ? window.scrollY > 0 : (scroller.current?.scrollTop ?? 0) > 0;
        if (entry?.isIntersecting && scrolled) void loadOlder();
      },
      { root, rootMargin: "200px" },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [fullHeight, hasOlder, loadOlder]);

  if (!feed.loaded) {
    return (
      <div aria-busy="true" className="space-y-2">
        <p className="sr-only">Loading events…</p>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-14 animate-pulse rounded-md bg-background" />
        ))}
      </div>
    );
  }

  if (feed.events.length === 0) {
    return (
      <div className="rounded-md border border-dashed border-border p-6 text-center">
        <p className="font-medium">No events yet — create a student</p>
        <p className="mt-1 text-sm text-muted">Every command becomes an event here, live.</p>
        <Link href="/students/new" className={`${primaryButton} mt-3`}>
          New student
        </Link>
      </div>
    );
  }

  return (
    <div
      ref={scroller}
      className={fullHeight ? "" : "max-h-[42rem] overflow-y-auto overscroll-contain pr-1"}
      tabIndex={fullHeight ? undefined : -1}
    >
      {shown === 0 && filtering && !loadingOlder ? (
        <div className="rounded-md border border-dashed border-border p-4 text-center text-sm">
          <p>No event matches these filters.</p>
          <button type="button" onClick={onClearFilters} className={`${secondaryButton} mt-2 text-xs`}>
            Clear filters
          </button>
        </div>
      ) : null}
      <ol aria-label="Events, newest first" className="@container space-y-2">
        {children}
      </ol>
      <div ref={sentinel} className="flex items-center justify-center gap-3 py-3">
        <button
          type="button"
          onClick={() => void loadOlder()}
          disabled={!hasOlder || loadingOlder}
          className={`${secondaryButton} text-xs`}
        >
          {loadingOlder
            ? `Loading older ${pager.noun}…`
            : hasOlder
              ? `Load older ${pager.noun}`
              : `No older ${pager.noun}`}
        </button>
        <span className="text-xs text-muted tabular-nums">{pager.shown}</span>
      </div>
    </div>
  );
}
