/**
 * Whether each loaded event has reached the read model, and the names of their students. While any event is
 * stale (not yet handled by the projector) it asks POST /api/timeline/projection about them once a second;
 * when none is stale it stops asking.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ProjectionSnapshot } from "@/lib/timeline/wire-types";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { ProjectionInfo } from "@/lib/read-model/timeline-queries";
import { studentIdOfStream } from "@/lib/domain/student/stream-id";
import { TIMELINE_ROUTES } from "@/lib/timeline/feed-urls";

const POLL_MS = 1_000;
/** The route's limit per request; the newest stale events are asked about first. */
const MAX_ASKED = 200;

export interface Projection {
  projections: Readonly<Record<string, ProjectionInfo>>;
  names: Readonly<Record<string, string>>;
  /** Goes up each time newly projected events were found: the read-model panel refreshes on it. */
  projectedTick: number;
  error: string | undefined;
  /** Takes in what another read learned (a filter's matching events come with their projections and names). */
  addSnapshot(snapshot: ProjectionSnapshot): void;
}

export function useProjection(events: readonly RecordedEvent[], initial: ProjectionSnapshot | undefined): Projection {
  const [projections, setProjections] = useState<Readonly<Record<string, ProjectionInfo>>>(initial?.projections ?? {});
  const [names, setNames] = useState<Readonly<Record<string, string>>>(initial?.names ?? {});
  const [projectedTick, setProjectedTick] = useState(0);
  const [error, setError] = useState<string>();

  const stale = useMemo(
    () => events.filter((event) => !projections[event.id]).slice(0, MAX_ASKED),
    [events, projections],
  );
  const question = useRef({ eventIds: [] as string[], studentIds: [] as string[] });
  useEffect(() => {
    const studentIds = new Set(
      stale.map((event) => studentIdOfStream(event.streamId)).filter((id): id is string => id !== undefined),
    );
    question.current = { eventIds: stale.map((event) => event.id), studentIds: [...studentIds].slice(0, MAX_ASKED) };
  }, [stale]);

  const anyStale = stale.length > 0;
  useEffect(() => {
    if (!anyStale) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const response = await fetch(TIMELINE_ROUTES.projection, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(question.current),
          cache: "no-store",
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const snapshot = (await response.json()) as ProjectionSnapshot;
        if (cancelled) return;
        setError(undefined);
        if (Object.keys(snapshot.projections).length > 0) {
          setProjections((current) => ({ ...current, ...snapshot.projections }));
          setProjectedTick((tick) => tick + 1);
        }
        if (Object.keys(snapshot.names).length > 0) setNames((current) => ({ ...current, ...snapshot.names }));
      } catch {
        if (!cancelled) setError("Cannot reach the read model to check which events are projected; retrying.");
      }
      if (!cancelled) timer = setTimeout(() => void ask(), POLL_MS);
    };
    // Ask right away: an event that just arrived is often projected already.
    timer = setTimeout(() => void ask(), 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [anyStale]);

  const addSnapshot = useCallback((snapshot: ProjectionSnapshot) => {
    if (Object.keys(snapshot.projections).length > 0)
      setProjections((current) => ({ ...current, ...snapshot.projections }));
    if (Object.keys(snapshot.names).length > 0) setNames((current) => ({ ...current, ...snapshot.names }));
  }, []);

  return useMemo(
    () => ({ projections, names, projectedTick, error, addSnapshot }),
    [projections, names, projectedTick, error, addSnapshot],
  );
}
