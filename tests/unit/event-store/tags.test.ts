import { describe, expect, it } from "vitest";
import { AppendConditionFailedError, EventStoreError, InvalidEventError } from "@/lib/event-store/errors";
import { decodeItem } from "@/lib/event-store/dynamodb/items";
import { decodeTagItem, tagToItem } from "@/lib/event-store/dynamodb/tag-items";
import { commitsFromRecords } from "@/lib/projector/stream-records";
import { createUpcasterRegistry } from "@/lib/event-store/upcasting";
import { conditionVersions, encodePosition, matchesTagQuery, validateTags } from "@/lib/event-store/tags";
import { STREAM_ID_PATTERN } from "@/lib/event-store/validation";

const tagItem = tagToItem({
  tag: "course:web-development",
  version: 3,
  streamId: "student-1",
  firstRevision: 5,
  recordedAt: "2026-11-30T10:00:00.000Z",
  position: "2026-11-30T10:00:00.000Z#0001#student-1#0000000005",
  events: [
    {
      revision: 6,
      event: {
        id: "00000000-0000-4000-8000-000000000001",
        type: "StudentEnrolled",
        schemaVersion: 1,
        dataJson: "{}",
        metadataJson: "{}",
        tags: ["course:web-development", "student:1"],
      },
    },
  ],
});

describe("tags", () => {
  it("accepts up to ten safe tags and refuses the rest as an invalid event", () => {
    expect(validateTags(undefined, 0)).toEqual([]);
    expect(validateTags(["course:web-development", "student:42", "a/b=c@d_e.f-g"], 0)).toHaveLength(3);
    for (const bad of [["$tag"], ["#x"], ["a\nb"], "course", [1]])
      expect(() => validateTags(bad, 2)).toThrow(InvalidEventError);
  });

  it("keeps tag partitions apart from every possible stream id", () => {
    expect(STREAM_ID_PATTERN.test(tagItem.pk!.S!)).toBe(false);
  });

  it("matches events carrying any of the query's tags, of the query's types when given", () => {
    const event = { type: "StudentEnrolled", tags: ["course:x", "student:1"] };
    expect(matchesTagQuery(event, { tags: ["student:2", "course:x"] })).toBe(true);
    expect(matchesTagQuery(event, { tags: ["course:x"], types: ["StudentLeft"] })).toBe(false);
    expect(matchesTagQuery({ type: "StudentEnrolled" }, { tags: ["course:x"] })).toBe(false);
  });

  it("reads a position back per tag and refuses one that does not cover the query", () => {
    const after = encodePosition(
      new Map([
        ["b", 2],
        ["a", 0],
      ]),
    );
    expect(conditionVersions({ query: { tags: ["a", "b"] }, after })).toEqual(
      new Map([
        ["a", 0],
        ["b", 2],
      ]),
    );
    expect(() => conditionVersions({ query: { tags: ["c"] }, after })).toThrow(RangeError);
    expect(() => conditionVersions({ query: { tags: ["a"] }, after: "not json" })).toThrow(RangeError);
  });

  it("round-trips a tag item, which the commit decoder and the projector both leave out", () => {
    expect(decodeTagItem(tagItem)?.events[0]).toMatchObject({
      revision: 6,
      event: { tags: ["course:web-development", "student:1"] },
    });
    expect(decodeItem(tagItem)).toBeUndefined();
    const problems: string[] = [];
    const commits = commitsFromRecords(
      [{ eventName: "INSERT", dynamodb: { NewImage: tagItem } }],
      createUpcasterRegistry(),
      (p) => problems.push(p),
    );
    expect(commits).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("names the query in a failed condition and is recognised by brand, apart from EventStoreError", () => {
    const error = new AppendConditionFailedError({ tags: ["course:x"], types: ["StudentEnrolled"] }, "course:x");
    expect(error.message).toContain("course:x");
    expect(error.message).toContain("StudentEnrolled");
    expect({ ...error, [Symbol.for("ledgerline.append-condition-failed")]: true }).toBeInstanceOf(
      AppendConditionFailedError,
    );
    expect(error).not.toBeInstanceOf(EventStoreError);
  });
});
