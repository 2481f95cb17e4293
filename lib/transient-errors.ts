/**
 * Errors that say "a server is away or busy", not "this event is bad". The projector waits them out and
 * retries the same batch forever; any other error counts against the batch and can park it as poison.
 */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_LOCK_DEADLOCK",
  "ER_LOCK_WAIT_TIMEOUT",
  "ER_SERVER_SHUTDOWN",
  "ER_CON_COUNT_ERROR",
  "ER_ACCESS_DENIED_ERROR",
  "ER_BAD_DB_ERROR",
  "ER_NO_SUCH_TABLE",
]);

const TRANSIENT_NAMES = new Set([
  "TimeoutError",
  "NetworkingError",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "InternalServerError",
  "ServiceUnavailable",
  "RequestLimitExceeded",
  "LimitExceededException",
]);

/** Walks an error and its causes (drizzle wraps the driver's error in `cause`). */
function* causes(error: unknown) {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 6; depth += 1) {
    yield current as { code?: unknown; name?: unknown; message?: unknown; $retryable?: unknown; cause?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

const LOCK_CODES = new Set(["ER_LOCK_DEADLOCK", "ER_LOCK_WAIT_TIMEOUT"]);

/** The projector's log line for a retry: a lock conflict with another writer is not a server that is away. */
export function whyRetrying(error: unknown): string {
  for (const { code } of causes(error))
    if (typeof code === "string" && LOCK_CODES.has(code)) return "lock conflict with another writer";
  return isTransient(error) ? "waiting for a server" : "batch failed";
}

/** Which store a transient error came from, for a user-facing "… unavailable, try again"; undefined if not transient. */
export function unavailableStore(error: unknown): "read model (MySQL)" | "event store (DynamoDB)" | undefined {
  if (!isTransient(error)) return undefined;
  // The AWS SDK marks every error it throws with $metadata; the rest comes from mysql2, raw or wrapped by drizzle.
  for (const cause of causes(error)) if ("$metadata" in cause) return "event store (DynamoDB)";
  return "read model (MySQL)";
}

export function isTransient(error: unknown): boolean {
  for (const { code, name, message, $retryable } of causes(error)) {
    if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
    if (typeof name === "string" && TRANSIENT_NAMES.has(name)) return true;
    if ($retryable) return true;
    if (
      typeof message === "string" &&
      /connect ECONNREFUSED|socket hang up|Pool is closed|Connection lost|closed state|server has gone away/i.test(
        message,
      )
    )
      return true;
  }
  return false;
}
