/**
 * Tags and append conditions (the Dynamic Consistency Boundary idea of dcb.events), shared by both adapters:
 * the rules for a tag, a tag query and a condition, and the position a tagged read returns. A position is the
 * version of each of the query's tags when it was read (a tag's version counts the commits that carried it), so
 * a condition holds while none of those tags has moved on. See docs/event-store.md, "Tags and conditional appends".
 */
import { InvalidEventError } from "@/lib/event-store/errors";
import type { AppendCondition, DcbPosition, RecordedEvent, TagQuery } from "@/lib/event-store/types";

export const MAX_TAGS_PER_EVENT = 10;
/**
 * Distinct tags in one append, the condition's included: each is one more item in the append's DynamoDB
 * transaction (at most 100 items), and each tag item holds a copy of its events.
 */
export const MAX_TAGS_PER_APPEND = 25;
/** 1–100 letters, digits, '.', '_', ':', '@', '/', '=' or '-', starting with a letter or digit. */
export const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@/=-]{0,99}$/;

/** Checks an event's tags; returns them as given (order kept), or [] when there are none. */
export function validateTags(tags: unknown, index: number): string[] {
  if (tags === undefined) return [];
  if (!Array.isArray(tags)) throw new InvalidEventError(index, "tags", "must be an array of strings");
  if (tags.length > MAX_TAGS_PER_EVENT)
    throw new InvalidEventError(index, "tags", `holds ${tags.length} tags; at most ${MAX_TAGS_PER_EVENT} are allowed`);
  for (const tag of tags) {
    if (typeof tag !== "string" || !TAG_PATTERN.test(tag))
      throw new InvalidEventError(
        index,
        "tags",
        "must each be 1–100 letters, digits, '.', '_', ':', '@', '/', '=' or '-', starting with a letter or digit",
      );
  }
  if (new Set(tags).size !== tags.length) throw new InvalidEventError(index, "tags", "holds a tag twice");
  return [...(tags as string[])];
}

/** Checks a query; throws a RangeError naming the problem (a caller's bug, not user input). */
export function assertValidTagQuery(query: TagQuery): void {
  if (typeof query !== "object" || query === null || !Array.isArray(query.tags) || query.tags.length === 0)
    throw new RangeError("A tag query needs at least one tag");
  if (query.tags.length > MAX_TAGS_PER_APPEND)
    throw new RangeError(`A tag query holds at most ${MAX_TAGS_PER_APPEND} tags`);
  for (const tag of query.tags)
    if (typeof tag !== "string" || !TAG_PATTERN.test(tag)) throw new RangeError(`Invalid tag ${JSON.stringify(tag)}`);
  if (query.types !== undefined) {
    if (!Array.isArray(query.types)) throw new RangeError("A tag query's types must be an array");
    for (const type of query.types)
      if (typeof type !== "string") throw new RangeError(`Invalid event type ${JSON.stringify(type)}`);
  }
}

export function queryTags(query: TagQuery): string[] {
  return [...new Set(query.tags)];
}

export function matchesTagQuery(event: Pick<RecordedEvent, "type" | "tags">, query: TagQuery): boolean {
  const tags = event.tags ?? [];
  if (!query.tags.some((tag) => tags.includes(tag))) return false;
  return query.types === undefined || query.types.includes(event.type);
}

export function encodePosition(versions: ReadonlyMap<string, number>): DcbPosition {
  return JSON.stringify(Object.fromEntries([...versions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * The version of each of the condition's tags at its position. A tag the position does not cover is a caller's
 * bug (the position came from another query): a RangeError, never a silent "version 0".
 */
export function conditionVersions(condition: AppendCondition): Map<string, number> {
  assertValidTagQuery(condition.query);
  let decoded: unknown;
  try {
    decoded = JSON.parse(condition.after);
  } catch {
    decoded = undefined;
  }
  if (typeof decoded !== "object" || decoded === null || Array.isArray(decoded))
    throw new RangeError("An append condition's position must come from readByTags");
  const versions = new Map<string, number>();
  for (const tag of queryTags(condition.query)) {
    const version = (decoded as Record<string, unknown>)[tag];
    if (typeof version !== "number" || !Number.isInteger(version) || version < 0)
      throw new RangeError(`The condition's position does not cover tag ${tag}: read it with the same query`);
    versions.set(tag, version);
  }
  return versions;
}
