/**
 * Whether each loaded event has reached the read model, and the names of their students. While any event is
 * stale (not yet handled by the projector) it asks POST /api/timeline/projection about them once a second;
 * when none is stale it stops asking.
 */
import { useCallback, useMemo, useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import { usePolling } from "@/components/ui/use-polling";
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

  const stale = useMemo(
    () => events.filter((event) => !projections[event.id]).slice(0, MAX_ASKED),
    [events, projections],
  );

  const addSnapshot = useCallback((snapshot: ProjectionSnapshot) => {
    if (Object.keys(snapshot.projections).length > 0)
      setProjections((current) => ({ ...current, ...snapshot.projections }));
    if (Object.keys(snapshot.names).length > 0) setNames((current) => ({ ...current, ...snapshot.names }));
  }, []);

  const { failed } = usePolling({
    read: (signal) => {
      const studentIds = new Set(
        stale.map((event) => studentIdOfStream(event.streamId)).filter((id): id is string => id !== undefined),
      );
      return fetchJson<ProjectionSnapshot>(TIMELINE_ROUTES.projection, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          eventIds: stale.map((event) => event.id),
          studentIds: [...studentIds].slice(0, MAX_ASKED),
        }),
        signal,
      });
    },
    intervalMs: POLL_MS,
    // Ask almost at once: an event that just arrived is often projected already.
    delayMs: 150,
    enabled: stale.length > 0,
    onValue: (snapshot) => {
      addSnapshot(snapshot);
      if (Object.keys(snapshot.projections).length > 0) setProjectedTick((tick) => tick + 1);
    },
  });
  const error = failed ? "Cannot reach the read model to check which events are projected; retrying." : undefined;

  return useMemo(
    () => ({ projections, names, projectedTick, error, addSnapshot }),
    [projections, names, projectedTick, error, addSnapshot],
  );
}
