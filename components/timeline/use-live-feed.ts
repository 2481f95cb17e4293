/**
 * The timeline's events: the first page (rendered by the server, or fetched here when that failed), then every
 * new event from GET /api/events/live (Server-Sent Events), then older pages on request.
 *
 * Reconnecting without gaps or duplicates: every SSE message's id is `<position>|<event id>`. A dropped
 * EventSource retries by itself and sends the last id as Last-Event-ID; when the browser gives up (CLOSED) or
 * goes offline, a new EventSource starts with `?after=<last id>`. The server sends everything after that id,
 * and the client still drops any event id it has seen, so overlaps never show twice.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RecordedEvent } from "@/lib/event-store/types";
import { messageId } from "@/lib/http/live/sse-message";
import { isRecordedEvent, mergeEvents, parseRecordedEvent } from "@/lib/timeline/event-log";
import { liveFeedUrl, olderPageUrl, TIMELINE_PAGE_SIZE } from "@/lib/timeline/feed-urls";
import type { FeedPage } from "@/lib/timeline/wire-types";

export type ConnectionState = "connecting" | "live" | "reconnecting";

export interface LiveFeed {
  events: readonly RecordedEvent[];
  /** False until the first page is there. */
  loaded: boolean;
  connection: ConnectionState;
  paused: boolean;
  /** New events held back while paused. */
  buffered: number;
  pause(): void;
  resume(): void;
  showBuffered(): void;
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder(): Promise<void>;
  error: string | undefined;
}

async function fetchPage(url: string): Promise<FeedPage> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { events?: unknown; next?: unknown };
  const events = Array.isArray(body.events) ? body.events.filter(isRecordedEvent) : [];
  return { events, next: typeof body.next === "string" ? body.next : null };
}

const FIRST_PAGE_URL = `/api/events?direction=backwards&limit=${TIMELINE_PAGE_SIZE}`;
const MAX_RETRY_MS = 10_000;

export function useLiveFeed(initial: FeedPage | undefined): LiveFeed {
  const [events, setEvents] = useState<readonly RecordedEvent[]>(initial?.events ?? []);
  const [loaded, setLoaded] = useState(initial !== undefined);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [paused, setPaused] = useState(false);
  const [buffered, setBuffered] = useState(0);
  const [older, setOlder] = useState<string | null>(initial?.next ?? null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string>();

  const initialRef = useRef(initial);
  const seen = useRef(new Set(initial?.events.map((event) => event.id)));
  const resumeFrom = useRef(initial?.events[0] ? messageId(initial.events[0]) : undefined);
  const pausedRef = useRef(false);
  const buffer = useRef<RecordedEvent[]>([]);
  const loadingOlderRef = useRef(false);

  /** Keeps only unseen events; live ones wait in the buffer while paused, older pages always show. */
  const receive = useCallback((incoming: readonly RecordedEvent[], live: boolean) => {
    const fresh = incoming.filter((event) => !seen.current.has(event.id));
    if (fresh.length === 0) return;
    for (const event of fresh) seen.current.add(event.id);
    if (live && pausedRef.current) {
      buffer.current.push(...fresh);
      setBuffered(buffer.current.length);
    } else {
      setEvents((current) => mergeEvents(current, fresh));
    }
  }, []);

  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let disposed = false;

    const connect = () => {
      clearTimeout(timer);
      if (disposed || source) return;
      const url = liveFeedUrl(resumeFrom.current ? { after: resumeFrom.current } : { backfill: TIMELINE_PAGE_SIZE });
      const current = new EventSource(url);
      source = current;
      current.onopen = () => {
        attempt = 0;
        setConnection("live");
      };
      current.addEventListener("recorded", (message: MessageEvent<string>) => {
        if (message.lastEventId) resumeFrom.current = message.lastEventId;
        const event = parseRecordedEvent(message.data);
        if (event) receive([event], true);
      });
      current.onerror = () => {
        if (source !== current) return;
        setConnection("reconnecting");
        // CONNECTING: the browser retries by itself with Last-Event-ID. CLOSED: it gave up, so start afresh.
        if (current.readyState === EventSource.CLOSED) {
          source = undefined;
          timer = setTimeout(connect, Math.min(MAX_RETRY_MS, 1_000 * 2 ** attempt++));
        }
      };
    };
    const restart = () => {
      source?.close();
      source = undefined;
      if (disposed) return;
      setConnection("reconnecting");
      attempt = 0;
      connect();
    };
    const goOffline = () => {
      source?.close();
      source = undefined;
      clearTimeout(timer);
      setConnection("reconnecting");
    };

    const start = async () => {
      if (!initialRef.current) {
        try {
          const page = await fetchPage(FIRST_PAGE_URL);
          if (page.events[0] && !resumeFrom.current) resumeFrom.current = messageId(page.events[0]);
          receive(page.events, false);
          setOlder(page.next);
        } catch {
          setError("Could not load the latest events; new ones will still appear.");
        }
        setLoaded(true);
      }
      if (navigator.onLine) connect();
      else goOffline();
    };
    void start();
    window.addEventListener("online", restart);
    window.addEventListener("offline", goOffline);
    return () => {
      disposed = true;
      clearTimeout(timer);
      source?.close();
      window.removeEventListener("online", restart);
      window.removeEventListener("offline", goOffline);
    };
  }, [receive]);

  const showBuffered = useCallback(() => {
    const held = buffer.current;
    buffer.current = [];
    setBuffered(0);
    if (held.length > 0) setEvents((current) => mergeEvents(current, held));
  }, []);

  const pause = useCallback(() => {
    pausedRef.current = true;
    setPaused(true);
  }, []);

  const resume = useCallback(() => {
    pausedRef.current = false;
    setPaused(false);
    showBuffered();
  }, [showBuffered]);

  const loadOlder = useCallback(async () => {
    if (!older || loadingOlderRef.current) return;
    loadingOlderRef.current = true;
    setLoadingOlder(true);
    try {
      const page = await fetchPage(olderPageUrl(older));
      receive(page.events, false);
      setOlder(page.next);
      setError(undefined);
    } catch {
      setError("Could not load older events. Try again.");
    } finally {
      loadingOlderRef.current = false;
      setLoadingOlder(false);
    }
  }, [older, receive]);

  const hasOlder = older !== null;
  return useMemo(
    () => ({
      events,
      loaded,
      connection,
      paused,
      buffered,
      pause,
      resume,
      showBuffered,
      hasOlder,
      loadingOlder,
      loadOlder,
      error,
    }),
    [
      events,
      loaded,
      connection,
      paused,
      buffered,
      pause,
      resume,
      showBuffered,
      hasOlder,
      loadingOlder,
      loadOlder,
      error,
    ],
  );
}
