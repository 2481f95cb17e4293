"use client";
/** A labelled range input over the stream's revisions; arrow keys, Home and End move it one event or to an end. */
export function ReplaySlider({
  revision,
  latest,
  typeAt,
  onChange,
}: {
  revision: number;
  latest: number;
  /** The type of the event at a revision, for the slider's spoken value. */
  typeAt: (revision: number) => string | undefined;
  onChange: (revision: number) => void;
}) {
  const spoken =
    revision === 0
      ? `Revision 0 of ${latest}: before any event`
      : `Revision ${revision} of ${latest}: ${typeAt(revision) ?? "unknown event"}`;
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor="replay-revision" className="text-sm font-medium">
          Replay up to revision
        </label>
        <output htmlFor="replay-revision" className="text-sm tabular-nums text-muted">
          {revision} of {latest}
        </output>
      </div>
      <input
        id="replay-revision"
        type="range"
        min={0}
        max={latest}
        step={1}
        value={revision}
        aria-valuetext={spoken}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-full accent-accent focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent"
      />
    </div>
  );
}
