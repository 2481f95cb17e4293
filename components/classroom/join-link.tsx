"use client";
/** The class's join link, as this browser reaches the server, with a button to copy it. */
import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/timeline/copy-button";

const noSubscribe = () => () => {};

export function JoinLink({ path }: { path: string }) {
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}${path}`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <code className="rounded bg-background px-2 py-1 text-sm break-all" data-testid="join-link">
        {url}
      </code>
      <CopyButton text={url} label="Copy the join link" />
    </div>
  );
}
