"use client";

import { useEffect } from "react";

// What the user sees when a page fails: no stack trace, an identifier to find the server's log line, a retry.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <section role="alert" className="space-y-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted">
        This page could not be shown. Check that both stores are running (the home page shows their status), then try
        again.
      </p>
      {digest ? <p className="text-sm text-muted">Reference: {digest}</p> : null}
      <button
        type="button"
        onClick={() => retry()}
        className="rounded border border-border bg-surface px-4 py-2 text-sm font-medium hover:border-accent"
      >
        Try again
      </button>
    </section>
  );
}
