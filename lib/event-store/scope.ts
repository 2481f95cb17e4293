/**
 * A stream's scope: the part of its id before the first ":" (`s3k9.x:student-42` is in scope `s3k9.x`), or the
 * default scope for an id without one. Each scope has a feed of its own (readAll and listStreams with `scope`),
 * so one group of streams — a learner's sandbox, say — is read without reading anyone else's events.
 */
export const SCOPE_SEPARATOR = ":";

/** The scope of ids without a separator. Stream ids start with a letter or digit, so no scope is spelled like it. */
export const DEFAULT_SCOPE = "-";

export function scopeOfStream(streamId: string): string {
  const at = streamId.indexOf(SCOPE_SEPARATOR);
  return at > 0 ? streamId.slice(0, at) : DEFAULT_SCOPE;
}

/** The stream's id inside its scope: `student-42` for `s3k9.x:student-42`. */
export function localStreamId(streamId: string): string {
  const at = streamId.indexOf(SCOPE_SEPARATOR);
  return at > 0 ? streamId.slice(at + 1) : streamId;
}

/** The id of a stream in a scope; the default scope's streams have no prefix. */
export function streamInScope(scope: string, local: string): string {
  return scope === DEFAULT_SCOPE ? local : `${scope}${SCOPE_SEPARATOR}${local}`;
}
