/**
 * What each shown event's student was called at that event. A stream the browser holds from revision 1 is
 * folded here; for any other, the history up to the newest revision shown is asked of the server
 * (POST /api/timeline/names), once: a stream's past never changes, so an answer is kept for good.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RecordedEvent } from "@/lib/event-store/types";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";
import { coversFromStart, foldNameHistory, nameAt, type NameHistory } from "@/lib/timeline/name-history";
import type { NameHistories } from "@/lib/timeline/wire-types";

/** The route's limit per request. */
const MAX_ASKED = 100;
const RETRY_MS = 5_000;

function byStudentStream(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (studentIdOfStream(event.streamId) === undefined) continue;
    const list = streams.get(event.streamId);
    if (list) list.push(event);
    else streams.set(event.streamId, [event]);
  }
  return streams;
}

export function useNameHistories(
  events: readonly RecordedEvent[],
  initial: NameHistories | undefined,
): (streamId: string, revision: number) => string | undefined {
  const [fetched, setFetched] = useState<NameHistories>(initial ?? {});
  const asked = useRef(new Map<string, number>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const { local, missing } = useMemo(() => {
    const folded: NameHistories = {};
    const wanted: { streamId: string; upTo: number }[] = [];
    for (const [streamId, list] of byStudentStream(events)) {
      const whole = coversFromStart(list);
      if (whole) folded[streamId] = foldNameHistory(whole);
      const upTo = Math.max(...list.map((event) => event.revision));
      if (!whole && (fetched[streamId]?.upTo ?? 0) < upTo) wanted.push({ streamId, upTo });
    }
    return { local: folded, missing: wanted };
  }, [events, fetched]);

  useEffect(() => {
    const now = Date.now();
    const ask = missing
      .filter((m) => now - (asked.current.get(`${m.streamId}@${m.upTo}`) ?? 0) > RETRY_MS)
      .slice(0, MAX_ASKED);
    if (ask.length === 0) return;
    for (const m of ask) asked.current.set(`${m.streamId}@${m.upTo}`, now);
    // Not cancelled when `missing` changes: the answer is still true, and the streams are marked asked.
    void (async () => {
      try {
        const response = await fetch(TIMELINE_ROUTES.names, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ streams: ask }),
        });
        if (!response.ok) return;
        const { histories } = (await response.json()) as { histories: NameHistories };
        if (!mounted.current) return;
        // Keep whichever history reaches further: an older answer may arrive after a newer one.
        setFetched((current) => {
          const next = { ...current };
          for (const [streamId, history] of Object.entries(histories))
            if ((current[streamId]?.upTo ?? 0) < history.upTo) next[streamId] = history;
          return next;
        });
      } catch {
        // Labels fall back to the stream id; the next change of the events asks again (after RETRY_MS).
      }
    })();
  }, [missing]);

  return useCallback(
    (streamId: string, revision: number) => {
      const pick = (history: NameHistory | undefined) => (history && history.upTo >= revision ? history : undefined);
      return nameAt(pick(local[streamId]) ?? pick(fetched[streamId]), revision);
    },
    [local, fetched],
  );
}
