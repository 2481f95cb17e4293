"use client";
/**
 * Keeps a server-rendered live panel fresh by asking the server for the page again every `intervalMs` while
 * `enabled` and the tab is visible. Client state (a playing fold, a typed value) survives a refresh.
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
