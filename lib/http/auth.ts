/**
 * Who may write (append, close). Reads are open. With API_TOKEN set, a write needs `Authorization: Bearer
 * <API_TOKEN>`; without it, writes are open except in production, where an unprotected store is refused.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Config } from "@/lib/config";
import { HttpProblem } from "@/lib/http/http-problem";

export type WriteAccessSettings = Pick<Config, "apiToken" | "nodeEnv">;

const BEARER = /^Bearer +(\S+) *$/i;
const CHALLENGE = 'Bearer realm="ledgerline"';

/** Hashing first gives both sides the same length, so the comparison takes the same time whatever was sent. */
function sameToken(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

export function checkWriteAccess(request: Request, settings: WriteAccessSettings): void {
  const { apiToken, nodeEnv } = settings;
  if (apiToken === undefined) {
    if (nodeEnv !== "production") return;
    throw new HttpProblem(
      "writes_disabled",
      "This server runs in production without API_TOKEN, so it accepts no writes. Set API_TOKEN and send it as Authorization: Bearer <token>.",
    );
  }
  const header = request.headers.get("authorization");
  if (header === null) {
    throw new HttpProblem(
      "unauthenticated",
      "This route needs an Authorization: Bearer <API_TOKEN> header",
      {},
      { "WWW-Authenticate": CHALLENGE },
    );
  }
  const match = BEARER.exec(header);
  if (!match?.[1]) {
    throw new HttpProblem(
      "unauthenticated",
      "The Authorization header must be 'Bearer <token>'",
      {},
      {
        "WWW-Authenticate": `${CHALLENGE}, error="invalid_request"`,
      },
    );
  }
  if (!sameToken(match[1], apiToken)) {
    throw new HttpProblem(
      "wrong_token",
      "The bearer token does not match API_TOKEN",
      {},
      { "WWW-Authenticate": `${CHALLENGE}, error="invalid_token"` },
    );
  }
}
