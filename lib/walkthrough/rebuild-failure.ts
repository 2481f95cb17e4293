/**
 * Step 8: why a rebuild stopped, in plain words, and what the app served meanwhile. The raw message (MySQL's
 * or the SDK's) stays available beside it; these sentences say what it means for the read model. Pure.
 */
import type { RunOutcome } from "@/lib/walkthrough/rebuild-progress";

const REASONS: readonly [RegExp, string][] = [
  [
    /Duplicate entry/i,
    "Two events produced the same row in the new tables, and MySQL refused the second. That happens when the store holds streams whose ids MySQL cannot tell apart (ids that differ only in letter case, say).",
  ],
  [
    /foreign key constraint|already exists|Unknown table/i,
    "MySQL would not let the rebuild prepare its new tables: something else holds or refers to a table of the same name (students_next and the like).",
  ],
  [
    /Data too long|Out of range value|Incorrect string value/i,
    "An event carried a value that does not fit its column in the read model.",
  ],
  [
    /Events missing from the store/i,
    "A stream in the event store skips a revision, so the rebuild could not fold it safely.",
  ],
  [/Lock wait timeout|Deadlock/i, "MySQL was busy with other writes and gave up waiting for them."],
  [
    /ResourceNotFound|Requested resource not found|DynamoDB|UnrecognizedClient|ProvisionedThroughput/i,
    "The event store (DynamoDB) could not be read to the end, so there was no complete read model to swap in.",
  ],
  [
    /ECONNREFUSED|ETIMEDOUT|ECONNRESET|connection lost|Too many connections|timed out/i,
    "A store stopped answering during the rebuild.",
  ],
];

export function plainFailureReason(outcome: RunOutcome, raw: string | null): string {
  if (outcome === "cut-short") return "The server stopped while this rebuild ran, so it never finished.";
  const found = REASONS.find(([pattern]) => pattern.test(raw ?? ""));
  return found?.[1] ?? "The rebuild stopped on an error it did not expect.";
}

/** What the app went on serving; a rebuild swaps its tables in only at its very end, with one atomic RENAME TABLE. */
export function whatKeptServing(phase: string): string {
  if (phase === "catching-up") {
    return "It stopped while catching up or swapping. RENAME TABLE swaps every table at once, so the app served either the old read model or the complete new one, never a mix.";
  }
  return "Nothing changed for anyone using the app: the old read model stayed live the whole time, because a rebuild swaps its tables in only at the very end, and this one stopped before that.";
}
