/** An error and its causes, outermost first, one a line. */
export function errorChain(error: unknown): string {
  const messages: string[] = [];
  for (
    let current: unknown = error;
    current !== undefined && current !== null && messages.length < 5;
    current = current instanceof Error ? current.cause : undefined
  ) {
    messages.push(current instanceof Error ? current.message : String(current));
  }
  return messages.join("\nCaused by: ");
}
