"use client";
/**
 * Keeps a read-model page in step with the projector without a reload: while the tab is visible, the server
 * components are re-rendered every few seconds (router.refresh keeps client state, so the search box keeps
 * its text and focus). The read model is eventually consistent; this is what makes that visible.
 */
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function FollowReadModel({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
