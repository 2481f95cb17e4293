"use client";
/**
 * Keeps server-rendered data fresh by asking the server for the page again every `intervalMs` while `enabled`
 * and the tab is visible. router.refresh keeps client state: a search box keeps its text and focus, a playing
 * fold keeps playing. This is what makes an eventually consistent read model visibly catch up.
 */
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function useLiveRefresh(enabled: boolean, intervalMs: number): void {
  const router = useRouter();
  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [enabled, intervalMs, router]);
}
