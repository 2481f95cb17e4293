"use client";
/** useLiveRefresh for a server page: render it anywhere in the page to keep the whole page fresh. */
import { useLiveRefresh } from "@/components/ui/use-live-refresh";

export function LiveRefresh({ everyMs }: { everyMs: number }) {
  useLiveRefresh(true, everyMs);
  return null;
}
