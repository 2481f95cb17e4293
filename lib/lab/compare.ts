/**
 * Structural equality and a field-by-field comparison of two plain values (what a fold or a projection
 * returns). A property set to undefined counts as absent, as it would once stored as JSON.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const definedKeys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);

export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = definedKeys(a);
    return keys.length === definedKeys(b).length && keys.every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

export interface FieldComparison {
  /** `fullName`, `courses[1]`, `students[0].since`; empty for a value that is not an object. */
  path: string;
  ours: unknown;
  theirs: unknown;
  same: boolean;
}

const ABSENT = undefined;

function leaves(value: unknown, path: string, into: Map<string, unknown>): void {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, into));
  } else if (isObject(value) && definedKeys(value).length > 0) {
    for (const key of definedKeys(value)) leaves(value[key], path ? `${path}.${key}` : key, into);
  } else {
    into.set(path, value);
  }
}

/** Every field of either value, ours first in their order, then the learner's extra ones. */
export function compareFields(ours: unknown, theirs: unknown): FieldComparison[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  leaves(ours, "", left);
  leaves(theirs, "", right);
  const paths = [...left.keys(), ...[...right.keys()].filter((path) => !left.has(path))];
  return paths.map((path) => {
    const [a, b] = [left.has(path) ? left.get(path) : ABSENT, right.has(path) ? right.get(path) : ABSENT];
    return { path, ours: a, theirs: b, same: sameValue(a, b) };
  });
}

/** A value as a learner reads it: JSON, with undefined spelled out. */
export function showValue(value: unknown): string {
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
