"use client";
/**
 * The one way the UI polls the server. While `enabled`, it reads `delayMs` after it starts, then `intervalMs`
 * after each read settles, and only while the tab is visible. Reads for the same `restartKey` stay at least
 * `intervalMs` apart even when the poll stops and starts again, so a burst of starts costs one read; a new
 * `restartKey` (a new question) starts over. A failed read keeps the last good value and sets `failed` until
 * one succeeds. A read in flight is aborted when the poll stops or restarts and when the component unmounts.
 */
import { useEffect, useEffectEvent, useRef, useState } from "react";

export interface Polled<T> {
  value: T | undefined;
  failed: boolean;
}

export function usePolling<T>({
  read,
  intervalMs,
  delayMs = 0,
  enabled = true,
  restartKey = "",
  initial,
  onValue,
}: {
  /** One read; `signal` aborts it once its answer is no longer wanted. */
  read: (signal: AbortSignal) => Promise<T>;
  intervalMs: number;
  delayMs?: number;
  enabled?: boolean;
  restartKey?: string;
  /** The value until the first read answers, usually what the server rendered with the page. */
  initial?: T;
  /** Each good value, for a caller that folds answers together rather than showing the last. */
  onValue?: (value: T) => void;
}): Polled<T> {
  const [state, setState] = useState<Polled<T>>({ value: initial, failed: false });
  const lastRead = useRef<{ key: string; at: number }>(undefined);
  const readOnce = useEffectEvent(read);
  const answered = useEffectEvent((value: T) => {
    onValue?.(value);
    setState({ value, failed: false });
  });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let timer: number | undefined;
    const tick = async () => {
      if (document.visibilityState === "visible") {
        lastRead.current = { key: restartKey, at: Date.now() };
        try {
          const value = await readOnce(controller.signal);
          if (controller.signal.aborted) return;
          answered(value);
        } catch {
          if (controller.signal.aborted) return;
          setState((current) => ({ ...current, failed: true }));
        }
      }
      timer = window.setTimeout(() => void tick(), intervalMs);
    };
    const previous = lastRead.current;
    const sincePrevious = previous?.key === restartKey ? Date.now() - previous.at : Infinity;
    timer = window.setTimeout(() => void tick(), Math.max(delayMs, intervalMs - sincePrevious));
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [enabled, intervalMs, delayMs, restartKey]);

  return state;
}
