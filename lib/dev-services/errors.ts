import "server-only";

/**
 * A service could not be started. The message is one line that says what is wrong and how to fix it; scripts
 * print it as it is, without a stack trace.
 */
export class ServiceStartError extends Error {
  override name = "ServiceStartError";
}
