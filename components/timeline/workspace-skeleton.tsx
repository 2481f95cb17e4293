/** Placeholders while the server reads the stores for the first render. */
const block = "animate-pulse rounded bg-background";

export function ActivitySkeleton() {
  return (
    <div aria-busy="true" className="h-44 rounded-lg border border-border bg-surface p-4">
      <span className="sr-only">Loading projection activity…</span>
      <div className={`h-full ${block}`} />
    </div>
  );
}

export function WorkspaceSkeleton({ layout }: { layout: "split" | "full" }) {
  const column = (rows: number) => (
    <div className="space-y-2 rounded-lg border border-border bg-surface p-4">
      <div className={`h-6 w-40 ${block}`} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`h-12 ${block}`} />
      ))}
    </div>
  );
  return (
    <div aria-busy="true" className={layout === "split" ? "grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]" : ""}>
      <p className="sr-only">Loading the timeline…</p>
      {layout === "split" ? column(6) : null}
      {column(8)}
    </div>
  );
}
