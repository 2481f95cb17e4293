/**
 * A sandbox is one learner's own world: their students, their events, their read-model rows. A learner's
 * streams are named `<sandbox>:<local id>` (`sbx.k3j9q2w7ab:student-42`), which makes each sandbox one scope of
 * the event store (docs/event-store.md, "Scopes"), so its feed is read alone. Everything else — solo use
 * without a class, and any stream id that does not start with a learner's sandbox — is the default sandbox,
 * exactly as before classes existed.
 */
export const DEFAULT_SANDBOX = "-";
const SEPARATOR = ":";

/** A learner's sandbox id: `sbx.` and 10 lowercase letters or digits, made from random bytes by newSandboxId. */
export const SANDBOX_ID_PATTERN = /^sbx\.[a-z0-9]{10}$/;

export const isLearnerSandbox = (value: string): boolean => SANDBOX_ID_PATTERN.test(value);

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A new sandbox id from 10 random bytes (the caller supplies them: the domain does no I/O). */
export function newSandboxId(random: Uint8Array): string {
  if (random.length < 10) throw new Error("newSandboxId needs 10 random bytes");
  return `sbx.${Array.from(random.subarray(0, 10), (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}

/** The learner sandbox a stream id starts with, if any. */
function learnerPrefix(streamId: string): string | undefined {
  const at = streamId.indexOf(SEPARATOR);
  const prefix = at > 0 ? streamId.slice(0, at) : undefined;
  return prefix !== undefined && isLearnerSandbox(prefix) ? prefix : undefined;
}

export function sandboxOfStream(streamId: string): string {
  return learnerPrefix(streamId) ?? DEFAULT_SANDBOX;
}

/** The id a stream has inside its sandbox (`student-42`); the default sandbox's ids are their own. */
export function localStreamId(streamId: string): string {
  const prefix = learnerPrefix(streamId);
  return prefix === undefined ? streamId : streamId.slice(prefix.length + SEPARATOR.length);
}

export function streamInSandbox(sandbox: string, local: string): string {
  return sandbox === DEFAULT_SANDBOX ? local : `${sandbox}${SEPARATOR}${local}`;
}
