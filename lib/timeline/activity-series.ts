/** Turns per-second activity buckets into fixed-length series for the chart, one slot per second of the window. */
import type { ActivityBucket } from "@/lib/read-model/projection-activity-queries";

export interface ActivitySeries {
  /** Events per second, oldest first; 0 where nothing was appended (or nothing projected yet). */
  counts: number[];
  /** Max and average lag per second; null where the second had no projected event. */
  maxLag: (number | null)[];
  avgLag: (number | null)[];
  total: number;
  peakCount: number;
  peakLag: number;
  /** Average lag over every event in the window, weighted by events. */
  meanLag: number;
}

export function activitySeries(
  buckets: readonly ActivityBucket[],
  nowIso: string,
  windowSeconds: number,
): ActivitySeries {
  const end = Math.floor(Date.parse(nowIso) / 1000);
  const start = end - windowSeconds + 1;
  const counts = new Array<number>(windowSeconds).fill(0);
  const maxLag = new Array<number | null>(windowSeconds).fill(null);
  const avgLag = new Array<number | null>(windowSeconds).fill(null);
  let total = 0;
  let lagSum = 0;
  for (const bucket of buckets) {
    const index = Math.floor(Date.parse(bucket.second) / 1000) - start;
    if (index < 0 || index >= windowSeconds) continue;
    counts[index] = (counts[index] ?? 0) + bucket.count;
    maxLag[index] = Math.max(maxLag[index] ?? 0, bucket.maxLagMs);
    avgLag[index] = bucket.avgLagMs;
    total += bucket.count;
    lagSum += bucket.avgLagMs * bucket.count;
  }
  return {
    counts,
    maxLag,
    avgLag,
    total,
    peakCount: Math.max(0, ...counts),
    peakLag: Math.max(0, ...maxLag.map((lag) => lag ?? 0)),
    meanLag: total === 0 ? 0 : Math.round(lagSum / total),
  };
}

/** An SVG path through the non-null points, broken where a second has no value. */
export function linePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  let path = "";
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}
