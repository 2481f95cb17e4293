/**
 * The Expected-Revision header: `any` | `no-stream` | `exists` | N, mapped to the store's ExpectedRevision and
 * back (for the 409 body, so a client sees the words it sent).
 */
import type { ExpectedRevision } from "@/lib/event-store/types";
import { HttpProblem } from "@/lib/http/http-problem";
import { EXPECTED_REVISION_HEADER, expectedRevisionHeaderSchema } from "@/lib/http/schemas/streams";

export type ExpectedRevisionHeader = "any" | "no-stream" | "exists" | number;

/** Only a missing header means `any`: an empty one is refused, as a client that sent it meant something else. */
export function parseExpectedRevision(value: string | null): ExpectedRevision {
  if (value === null) return "any";
  const parsed = expectedRevisionHeaderSchema.safeParse(value.trim());
  if (!parsed.success) {
    const message = "is not any, no-stream, exists or a revision number";
    throw new HttpProblem(
      "invalid_expected_revision",
      `${EXPECTED_REVISION_HEADER}: ${JSON.stringify(value.slice(0, 100))} ${message}`,
      {
        errors: [{ path: EXPECTED_REVISION_HEADER, message }],
      },
    );
  }
  switch (parsed.data) {
    case "any":
      return "any";
    case "no-stream":
      return "no_stream";
    case "exists":
      return "stream_exists";
    default:
      return Number(parsed.data);
  }
}

export function formatExpectedRevision(expected: ExpectedRevision): ExpectedRevisionHeader {
  switch (expected) {
    case "no_stream":
      return "no-stream";
    case "stream_exists":
      return "exists";
    default:
      return expected;
  }
}
