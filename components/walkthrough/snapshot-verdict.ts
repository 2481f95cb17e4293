/**
 * Step 7's sentences: what the snapshot saved in reads (counted) and in time (measured), said plainly,
 * including when it did not pay. Pure, so every case is unit-tested.
 */
import { formatCount } from "@/components/ui/format";

export interface LoadFigures {
  eventsFolded: number;
  ms: number;
  reads: { requests: number; items: number; bytes: number; readUnits: number };
}

export interface SnapshotVerdict {
  summary: string;
  reads: string | undefined;
  time: string;
  /** Whether the snapshot load was clearly faster here (a fifth or more). */
  faster: boolean;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export function snapshotVerdict(
  full: LoadFigures,
  fromSnapshot: LoadFigures,
  hasSnapshot: boolean,
  rounds: number,
): SnapshotVerdict {
  const faster = hasSnapshot && fromSnapshot.ms <= full.ms * 0.8;
  const tries = `the median of ${rounds} tries each`;
  if (!hasSnapshot) {
    return {
      summary: `No snapshot: both loads fold all ${plural(full.eventsFolded, "event", "events")}.`,
      reads: undefined,
      time: `The whole stream is ${plural(full.reads.items, "item", "items")} (${formatBytes(full.reads.bytes)}, ${plural(full.reads.readUnits, "read unit", "read units")}) in ${plural(full.reads.requests, "request", "requests")}: a snapshot would cost a request of its own on every load, and a write every so often, to save next to nothing.`,
      faster,
    };
  }
  const share = full.reads.bytes > 0 ? (fromSnapshot.reads.bytes / full.reads.bytes) * 100 : 100;
  return {
    summary: `Folded ${formatCount(fromSnapshot.eventsFolded)} events from a snapshot instead of ${formatCount(full.eventsFolded)}.`,
    reads:
      `The snapshot load read ${plural(fromSnapshot.reads.items, "item", "items")} (${formatBytes(fromSnapshot.reads.bytes)}, ${plural(fromSnapshot.reads.readUnits, "read unit", "read units")}) ` +
      `instead of ${formatCount(full.reads.items)} (${formatBytes(full.reads.bytes)}, ${plural(full.reads.readUnits, "read unit", "read units")}): ${share.toFixed(share < 10 ? 1 : 0)}% of the bytes.`,
    time: faster
      ? `It was faster here too: ${ms(fromSnapshot.ms)} instead of ${ms(full.ms)} (${tries}).`
      : `It was not faster here: ${ms(fromSnapshot.ms)} against ${ms(full.ms)} (${tries}). DynamoDB Local runs on this machine, so bytes cost no network time and the clock mostly counts requests: ${formatCount(fromSnapshot.reads.requests)} for the snapshot load, ${formatCount(full.reads.requests)} for the full one.`,
    faster,
  };
}
