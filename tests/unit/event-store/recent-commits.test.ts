import { describe, expect, it } from "vitest";
import { RecentCommits, type RememberedCommit } from "@/lib/event-store/dynamodb/recent-commits";

/** One-event commits first..last, each with id "e<revision>". */
const commits = (first: number, last: number): RememberedCommit[] =>
  Array.from({ length: last - first + 1 }, (_, i) => ({ first: first + i, last: first + i, ids: [`e${first + i}`] }));
const ends = (held: readonly RememberedCommit[] | undefined) => held?.map((c) => c.last);

describe("RecentCommits", () => {
  it("holds a window from the stream's first commit, or once it is a whole window long", () => {
    const memory = new RecentCommits(3);
    memory.learn("s", commits(1, 1));
    expect(ends(memory.windowEndingAt("s", 1))).toEqual([1]);
    memory.learn("s", commits(2, 2));
    memory.learn("s", commits(3, 3));
    memory.learn("s", commits(4, 4));
    expect(ends(memory.windowEndingAt("s", 4))).toEqual([2, 3, 4]);
    expect(memory.windowEndingAt("s", 3)).toBeUndefined();
  });

  it("trusts nothing after a gap until a whole window is known again", () => {
    const memory = new RecentCommits(3);
    memory.learn("s", commits(1, 2));
    memory.learn("s", commits(5, 5));
    expect(memory.windowEndingAt("s", 5)).toBeUndefined();
    expect(memory.windowEndingAt("s", 2)).toBeUndefined();
    memory.learn("s", commits(3, 5));
    expect(ends(memory.windowEndingAt("s", 5))).toEqual([3, 4, 5]);
  });

  it("merges overlapping reads, and keeps the newer of two that do not touch", () => {
    const memory = new RecentCommits(5);
    memory.learn("s", commits(1, 3));
    memory.learn("s", commits(3, 4));
    expect(ends(memory.windowEndingAt("s", 4))).toEqual([1, 2, 3, 4]);
    memory.learn("s", commits(2, 2));
    expect(ends(memory.windowEndingAt("s", 4))).toEqual([1, 2, 3, 4]);
    memory.learn("s", [
      { first: 1, last: 1, ids: ["e1"] },
      { first: 3, last: 3, ids: ["e3"] },
    ]);
    expect(ends(memory.windowEndingAt("s", 4))).toEqual([1, 2, 3, 4]);
  });

  it("forgets the least recently written streams past its event budget", () => {
    const memory = new RecentCommits(3, 4);
    memory.learn("a", commits(1, 2));
    memory.learn("b", commits(1, 2));
    memory.learn("c", commits(1, 1));
    expect(memory.windowEndingAt("a", 2)).toBeUndefined();
    expect(ends(memory.windowEndingAt("b", 2))).toEqual([1, 2]);
    expect(ends(memory.windowEndingAt("c", 1))).toEqual([1]);
  });
});
