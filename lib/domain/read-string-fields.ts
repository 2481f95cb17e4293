/**
 * Reads named string fields out of untrusted data (an event read back from storage). Only the named fields
 * are copied, so stray attributes in storage never leak into the domain.
 */
export type ReadFieldsResult<Key extends string> =
  Readonly<{ ok: true; value: Record<Key, string> }> | Readonly<{ ok: false; reason: string }>;

export function readStringFields<const Key extends string>(data: unknown, keys: readonly Key[]): ReadFieldsResult<Key> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, reason: "data is not an object" };
  }
  const record = data as Record<string, unknown>;
  const value = {} as Record<Key, string>;
  const missing: Key[] = [];
  for (const key of keys) {
    // Own fields only: an inherited one (from Object.prototype, say) is not data.
    const field = Object.hasOwn(record, key) ? record[key] : undefined;
    if (typeof field === "string") value[key] = field;
    else missing.push(key);
  }
  if (missing.length > 0) return { ok: false, reason: `missing or non-string fields: ${missing.join(", ")}` };
  return { ok: true, value };
}
