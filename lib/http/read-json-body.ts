/**
 * Reads a JSON request body with a size cap. The cap is checked twice: against Content-Length before reading,
 * and against the bytes actually received, because Content-Length can be missing (chunked) or wrong.
 * Values that JSON.parse would change are refused (lib/http/exact-json.ts).
 */
import { parseExactJson } from "@/lib/http/exact-json";
import { HttpProblem } from "@/lib/http/http-problem";

/** Above the store's 380 KiB per append, so JSON overhead never hides the store's own, more precise, error. */
export const MAX_REQUEST_BYTES = 512 * 1024;

function isJsonMediaType(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}

/**
 * The rest of the body is left unread, so the connection cannot carry another request: `Connection: close`
 * makes the server close it after the 413 instead of offering it for reuse and then resetting it.
 */
function tooLarge(size: number, limit: number): HttpProblem {
  return new HttpProblem(
    "body_too_large",
    `The request body takes ${size} bytes or more; the limit is ${limit} bytes`,
    { size, limit },
    { Connection: "close" },
  );
}

async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(Number(declared), limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(size, limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readJsonBody(request: Request, limit = MAX_REQUEST_BYTES): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new HttpProblem(
      "unsupported_media_type",
      `Content-Type is ${JSON.stringify(request.headers.get("content-type") ?? "missing")}; send Content-Type: application/json`,
    );
  }
  const bytes = await readCapped(request, limit);
  if (bytes.byteLength === 0) throw new HttpProblem("malformed_json", "The request body is empty");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem("malformed_json", "The request body is not valid UTF-8");
  }
  try {
    return parseExactJson(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new HttpProblem("malformed_json", `The request body is not valid JSON: ${error.message}`);
  }
}
