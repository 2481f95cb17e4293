/**
 * For each stream, the highest revision this process has seen END a stored commit. Commits are immutable and
 * never deleted, so "revision N ends a commit" stays true forever: an append expecting exactly N can skip the
 * read that would otherwise confirm it. Bounded: the oldest streams are forgotten first (forgetting only costs
 * one read later).
 */
export class KnownCommitEnds {
  private readonly ends = new Map<string, number>();

  constructor(private readonly capacity = 50_000) {}

  isCommitEnd(streamId: string, revision: number): boolean {
    return this.ends.get(streamId) === revision;
  }

  remember(streamId: string, revision: number): void {
    const previous = this.ends.get(streamId);
    if (previous !== undefined && previous >= revision) return;
    this.ends.delete(streamId);
    this.ends.set(streamId, revision);
    if (this.ends.size > this.capacity) this.ends.delete(this.ends.keys().next().value!);
  }

  /** For tests and for a store whose table was wiped and recreated. */
  clear(): void {
    this.ends.clear();
  }
}
