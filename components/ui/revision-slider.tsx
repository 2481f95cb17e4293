"use client";
/**
 * A labelled range input over a stream's revisions, 0 (before any event) to `latest`, with "N of latest"
 * beside the label. A native range input, so arrow keys, Home and End move it one event or to an end.
 */
export function RevisionSlider({
  id,
  label,
  revision,
  latest,
  valueText,
  onChange,
}: {
  id: string;
  label: string;
  revision: number;
  latest: number;
  /** What a screen reader says for the value, when the bare number says too little. */
  valueText?: string;
  onChange: (revision: number) => void;
}) {
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <output htmlFor={id} className="text-sm tabular-nums text-muted">
          {revision} of {latest}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={latest}
        step={1}
        value={revision}
        aria-valuetext={valueText}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-full accent-accent focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent"
      />
    </div>
  );
}
