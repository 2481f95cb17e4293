/**
 * Events per second (bars) and projection lag (lines: max solid, average dashed) over the last minutes, drawn
 * as plain SVG. Each series has its own scale: counts on the left, lag on the right.
 */
import { activitySeries, linePath } from "@/lib/timeline/activity-series";
import { eventCount } from "@/lib/timeline/filter-options";
import { formatLag } from "@/lib/timeline/relative-time";
import type { ActivityBucket } from "@/lib/read-model/projection-activity-queries";

const WIDTH = 600;
const HEIGHT = 120;
const PAD = { top: 6, right: 2, bottom: 2, left: 2 };

/** A round number at or above `value`, so the axis labels read well (1, 2, 5, 10, 20, …). */
function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

export function ActivityChart({
  buckets,
  now,
  windowSeconds,
}: {
  buckets: readonly ActivityBucket[];
  now: string;
  windowSeconds: number;
}) {
  const series = activitySeries(buckets, now, windowSeconds);
  const countTop = niceCeiling(series.peakCount);
  const lagTop = niceCeiling(Math.max(series.peakLag, 100));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / windowSeconds;
  const x = (index: number) => PAD.left + index * slot + slot / 2;
  const yCount = (count: number) => PAD.top + plotHeight - (count / countTop) * plotHeight;
  const yLag = (lag: number) => PAD.top + plotHeight - (lag / lagTop) * plotHeight;
  const minutes = Math.round(windowSeconds / 60);
  const summary =
    series.total === 0
      ? `No events projected in the last ${minutes} minutes.`
      : `${eventCount(series.total)} projected in the last ${minutes} minutes, at most ${series.peakCount} per second; lag at most ${formatLag(series.peakLag)}, ${formatLag(series.meanLag)} on average.`;

  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="activity-title activity-desc"
        className="h-28 w-full"
        preserveAspectRatio="none"
      >
        {/* One string: React renders an SVG <title> from a single text child; interpolated JSX splits it into several, which do not hydrate. */}
        <title id="activity-title">{`Events per second and projection lag, last ${minutes} minutes`}</title>
        <desc id="activity-desc">{summary}</desc>
        {[0.25, 0.5, 0.75, 1].map((share) => (
          <line
            key={share}
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={PAD.top + plotHeight * (1 - share)}
            y2={PAD.top + plotHeight * (1 - share)}
            className="stroke-border"
            strokeWidth={1}
            strokeDasharray="2 3"
            vectorEffect="non-scaling-stroke"
          />
        ))}
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + plotHeight}
          y2={PAD.top + plotHeight}
          className="stroke-border"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
        {series.counts.map((count, index) =>
          count > 0 ? (
            <rect
              key={index}
              x={x(index) - slot * 0.4}
              width={Math.max(slot * 0.8, 0.8)}
              y={yCount(count)}
              height={PAD.top + plotHeight - yCount(count)}
              className="fill-accent/70"
            />
          ) : null,
        )}
        <path
          d={linePath(series.avgLag, x, yLag)}
          className="fill-none stroke-warn"
          strokeWidth={1.2}
          strokeDasharray="3 2"
          vectorEffect="non-scaling-stroke"
        />
        <path
          d={linePath(series.maxLag, x, yLag)}
          className="fill-none stroke-warn"
          strokeWidth={1.6}
          vectorEffect="non-scaling-stroke"
        />
        {/* A mark per second as well: a lone second has no line to draw. */}
        {series.maxLag.map((lag, index) =>
          lag === null ? null : (
            <rect key={`max-${index}`} x={x(index) - 2} width={4} y={yLag(lag) - 1} height={2} className="fill-warn" />
          ),
        )}
        {series.avgLag.map((lag, index) =>
          lag === null ? null : (
            <rect
              key={`avg-${index}`}
              x={x(index) - 1.5}
              width={3}
              y={yLag(lag) - 0.75}
              height={1.5}
              className="fill-warn/50"
            />
          ),
        )}
      </svg>
      {/* Axis labels in HTML: the SVG stretches to the card's width, which would distort SVG text. */}
      <div aria-hidden="true" className="flex justify-between text-[0.65rem] text-muted tabular-nums">
        {Array.from({ length: minutes + 1 }, (_, i) => (
          <span key={i}>{i === minutes ? "now" : `−${minutes - i} min`}</span>
        ))}
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-sm bg-accent/70" /> events/s (top {countTop}
          )
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-warn" /> max lag (top {formatLag(lagTop)})
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block w-4 border-t border-dashed border-warn" /> average lag
        </span>
        <span className="sm:ml-auto" data-testid="activity-summary">
          {summary}
        </span>
      </figcaption>
    </figure>
  );
}
