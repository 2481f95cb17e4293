/**
 * For each stream, the event ids of the newest commits this process wrote or read: contiguous, ending at the
 * newest commit it knows, at most one idempotency window long. Commits are immutable and never deleted, so
 * what it holds never goes stale. When it holds the whole window ending at an append's expected revision, the
 * append checks its ids here and needs no read: one PutItem. Bounded by events held; the least recently
 * written streams are forgotten first (forgetting only costs one Query later).
 */
export interface RememberedCommit {
  first: number;
  last: number;
  ids: readonly string[];
}

interface Entry {
  commits: RememberedCommit[];
  events: number;
}

const countEvents = (commits: readonly RememberedCommit[]) => commits.reduce((n, c) => n + c.ids.length, 0);

/** Two contiguous runs of one stream that touch or overlap make one contiguous run; otherwise the newer wins. */
function merge(known: RememberedCommit[], fresh: readonly RememberedCommit[]): RememberedCommit[] {
  const touch = fresh[0]!.first <= known.at(-1)!.last + 1 && known[0]!.first <= fresh.at(-1)!.last + 1;
  if (!touch) return fresh.at(-1)!.last > known.at(-1)!.last ? [...fresh] : known;
  const byFirst = new Map<number, RememberedCommit>();
  for (const commit of [...known, ...fresh]) byFirst.set(commit.first, commit);
  return [...byFirst.values()].sort((a, b) => a.first - b.first);
}

/** The contiguous tail of commits given oldest first (a break would mean a caller's mistake: trust only the tail). */
function contiguousTail(commits: readonly RememberedCommit[]): readonly RememberedCommit[] {
  let start = commits.length - 1;
  while (start > 0 && commits[start - 1]!.last + 1 === commits[start]!.first) start -= 1;
  return start === 0 ? commits : commits.slice(start);
}

export class RecentCommits {
  private readonly streams = new Map<string, Entry>();
  private events = 0;

  constructor(
    private readonly window: number,
    private readonly maxEvents = 200_000,
  ) {}

  /** The commits of the window ending exactly at `revision`, when all of them are held; otherwise undefined. */
  windowEndingAt(streamId: string, revision: number): readonly RememberedCommit[] | undefined {
    const commits = this.streams.get(streamId)?.commits;
    if (!commits || commits.at(-1)!.last !== revision) return undefined;
    return commits.length >= this.window || commits[0]!.first === 1 ? commits : undefined;
  }

  /** Learns commits of a stream, given oldest first and contiguous. */
  learn(streamId: string, given: readonly RememberedCommit[]): void {
    if (given.length === 0) return;
    const fresh = contiguousTail(given);
    const entry = this.streams.get(streamId);
    this.streams.delete(streamId);
    if (entry && fresh.length === 1 && fresh[0]!.first === entry.commits.at(-1)!.last + 1) {
      // The common case, this process's own next commit: no copies on the append path.
      entry.commits.push(fresh[0]!);
      entry.events += fresh[0]!.ids.length;
      this.events += fresh[0]!.ids.length;
      if (entry.commits.length > this.window) this.dropOldest(entry);
      this.streams.set(streamId, entry);
    } else {
      let commits = entry ? merge(entry.commits, fresh) : [...fresh];
      if (commits.length > this.window) commits = commits.slice(-this.window);
      const events = countEvents(commits);
      this.events += events - (entry?.events ?? 0);
      this.streams.set(streamId, { commits, events });
    }
    while (this.events > this.maxEvents && this.streams.size > 1) this.forget(this.streams.keys().next().value!);
  }

  private dropOldest(entry: Entry): void {
    const dropped = entry.commits.shift()!.ids.length;
    entry.events -= dropped;
    this.events -= dropped;
  }

  private forget(streamId: string): void {
    this.events -= this.streams.get(streamId)?.events ?? 0;
    this.streams.delete(streamId);
  }

  /** For tests and for a store whose table was wiped and recreated. */
  clear(): void {
    this.streams.clear();
    this.events = 0;
  }
}
