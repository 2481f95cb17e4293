/**
 * Step 6: which revision a time-travel request means. A revision is taken as asked (clamped to the stream);
 * an instant means the last event recorded at or before it (0: before the stream began). Pure.
 */
export interface TravelTarget {
  revision: number;
  /** How the revision was chosen, for the sentence under the state. */
  by: "latest" | "revision" | "time";
}

export function travelTarget(
  events: readonly { revision: number; recordedAt: string }[],
  request: { revision: number | undefined; at: string | undefined },
): TravelTarget {
  const latest = events.at(-1)?.revision ?? 0;
  if (request.revision !== undefined) return { revision: Math.min(request.revision, latest), by: "revision" };
  if (request.at !== undefined) {
    const at = Date.parse(request.at);
    const before = events.filter((event) => Date.parse(event.recordedAt) <= at);
    return { revision: before.at(-1)?.revision ?? 0, by: "time" };
  }
  return { revision: latest, by: "latest" };
}

/** An ISO instant as the value of a `datetime-local` input that shows UTC ("2026-01-16T09:30:12.345"). */
export function toUtcInputValue(iso: string): string {
  return iso.slice(0, 23);
}

/** A `datetime-local` value read as UTC, back to an ISO instant; undefined when it is not a date and time. */
export function fromUtcInputValue(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return undefined;
  const time = Date.parse(`${value}Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
