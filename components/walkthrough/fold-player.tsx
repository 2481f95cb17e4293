"use client";
/**
 * Step 3's player: the stream folded one event at a time with the domain's real `evolve`, with play/pause,
 * single steps and a speed. Reaching the latest event completes the step. The position is kept in the URL
 * (?fold=), written with history.replaceState so that no step of the fold asks the server for the page again.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { inputBase, inputBorder, secondaryButton, primaryButton } from "@/components/ui/styles";
import { JsonView } from "@/components/walkthrough/json-view";
import { StateDiff } from "@/components/walkthrough/state-diff";
import { useMarkStepComplete } from "@/components/walkthrough/step-completion";
import { foldFrames, stateAfter } from "@/lib/walkthrough/fold-frames";
import { withParams } from "@/lib/walkthrough/navigation";
import { toStudentEvents } from "@/lib/walkthrough/student-events";
import type { RecordedEvent } from "@/lib/event-store/types";

type PlainEvent = Pick<RecordedEvent, "streamId" | "revision" | "recordedAt" | "type" | "data" | "upcastError">;

const SPEEDS = [
  { label: "0.5×", ms: 2400 },
  { label: "1×", ms: 1200 },
  { label: "2×", ms: 600 },
  { label: "4×", ms: 300 },
] as const;

export function FoldPlayer({ events, initialPosition }: { events: readonly PlainEvent[]; initialPosition: number }) {
  const frames = useMemo(() => foldFrames(toStudentEvents(events)), [events]);
  const [position, setPosition] = useState(initialPosition);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const markComplete = useMarkStepComplete();
  const end = frames.length;
  const at = Math.min(position, end);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const inUrl = searchParams.get("fold") ?? "0";

  useEffect(() => {
    if (String(at) === inUrl) return;
    window.history.replaceState(
      null,
      "",
      withParams(pathname, Object.fromEntries(searchParams.entries()), { fold: at === 0 ? undefined : String(at) }),
    );
  }, [at, inUrl, pathname, searchParams]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => setPosition((p) => Math.min(p + 1, end)), SPEEDS[speed]?.ms ?? 1200);
    return () => window.clearInterval(timer);
  }, [playing, speed, end]);

  const finished = end > 0 && at >= end;
  useEffect(() => {
    if (finished) markComplete();
  }, [finished, markComplete]);

  const frame = at > 0 ? frames[at - 1] : undefined;
  const isPlaying = playing && !finished;
  const restart = () => {
    setPlaying(false);
    setPosition(0);
  };
  const playOrPause = () => {
    if (finished) setPosition(0);
    setPlaying(finished || !isPlaying);
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Fold controls">
        <button type="button" className={secondaryButton} onClick={restart} disabled={at === 0}>
          Restart
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setPosition(Math.max(0, at - 1))}
          disabled={at === 0}
        >
          Step back
        </button>
        <button type="button" className={primaryButton} onClick={playOrPause} disabled={end === 0}>
          {isPlaying ? "Pause" : finished ? "Play again" : "Play"}
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setPosition(Math.min(end, at + 1))}
          disabled={at >= end}
        >
          Step forward
        </button>
        <div className="space-y-1">
          <label htmlFor="fold-speed" className="block text-xs font-medium text-muted">
            Speed
          </label>
          <select
            id="fold-speed"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value))}
            className={`${inputBase} ${inputBorder(false)} w-24 py-1.5`}
          >
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="text-sm" aria-live="polite" data-testid="fold-position">
        Folded <strong className="tabular-nums">{at}</strong> of <span className="tabular-nums">{end}</span> events
      </p>
      <div className="h-1.5 rounded-full bg-muted/25">
        <div
          className="h-1.5 rounded-full bg-accent transition-all"
          style={{ width: `${end === 0 ? 0 : (at / end) * 100}%` }}
        />
      </div>
      <div className="rounded-md border border-border p-3">
        <p className="mb-2 font-mono text-xs text-muted">state = evolve(state, event)</p>
        {frame ? (
          <div className="mb-3 text-sm">
            <span className="font-mono tabular-nums text-muted">#{frame.revision}</span>{" "}
            <strong data-testid="fold-event-type">{frame.event.type}</strong>
            <div className="mt-1">
              <JsonView value={frame.event.data} label={`Data of revision ${frame.revision}`} />
            </div>
          </div>
        ) : (
          <p className="mb-3 text-sm text-muted">Before the first event: the initial state.</p>
        )}
        <StateDiff before={frame?.before ?? stateAfter(frames, 0)} after={stateAfter(frames, at)} frame={frame} />
      </div>
    </div>
  );
}
