/**
 * Reads named string fields out of untrusted data (an event read back from storage). Only the named fields
 * are copied, so stray attributes in storage never leak into the domain.
 */
export type ReadFieldsResult<Key extends string> =
  | Readonly<{ ok: true; value: Record<Key, string> }>
  | Readonly<{ ok: false; reason: string }>;

export function readStringFields<const Key extends string>(data: unknown, keys: readonly Key[]): ReadFieldsResult<Key> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, reason: "data is not an object" };
  }
  const fields = new Map(Object.entries(data));
  const missing = keys.filter((key) => typeof fields.get(key) !== "string");
  if (missing.length > 0) return { ok: false, reason: `missing or non-string fields: ${missing.join(", ")}` };
  // Every key was just checked to hold a string, which the compiler cannot follow through the filter above.
  const value = Object.fromEntries(keys.map((key) => [key, fields.get(key)])) as Record<Key, string>;
  return { ok: true, value };
}
