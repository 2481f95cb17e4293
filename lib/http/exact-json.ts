/**
 * JSON request bodies parsed so that what is stored is exactly what was sent, or refused (422, naming the
 * path). JSON.parse alone changes values silently: 9007199254740993 becomes …992, 1e400 becomes Infinity
 * (stored as null), -0 becomes 0, and of a key given twice only the last survives. A `__proto__` key survives
 * JSON.parse but is dropped by any plain object copy on its way to the store. So the text is parsed again with
 * lossless-json, which keeps each number's text and reports repeated keys, and every number and key is checked.
 */
import { isLosslessNumber, isSafeNumber, parse as parseLossless } from "lossless-json";
import { HttpProblem } from "@/lib/http/http-problem";
import { formatJsonPath, type JsonPath } from "@/lib/http/json-path";
import type { IssueEntry } from "@/lib/http/zod-issues";

/** Deeper documents are refused before the second (recursive) parse, which would run out of stack near 4,000. */
export const MAX_JSON_DEPTH = 100;
/** At most this many problems are listed; a body full of them gets the first ones. */
const MAX_LISTED = 20;

/** Marks a key repeated with another value. A symbol: lossless-json deep-compares later repeats against it, and no JSON value equals it. */
const REPEATED_KEY = Symbol("repeated key");

class Problems {
  readonly entries: IssueEntry[] = [];
  count = 0;
  add(path: JsonPath, message: string): void {
    this.count += 1;
    if (this.entries.length < MAX_LISTED) this.entries.push({ path: formatJsonPath(path), message });
  }
}

/** Why a number's text would not come back as sent, or undefined when it would. */
export function numberProblem(text: string): string | undefined {
  const value = Number(text);
  if (Object.is(value, -0)) return `${text} would come back as 0 (JSON keeps no negative zero)`;
  if (isSafeNumber(text)) return undefined;
  if (Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return `${text} is beyond ±9007199254740991 (2^53−1), where numbers stop being exact integers; send it as a string`;
  }
  return `${text} would come back as ${JSON.stringify(value)} (more than a double holds); send it as a string`;
}

function depthExceeds(value: unknown, limit: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (limit === 0) return true;
  return Object.values(value).some((child) => depthExceeds(child, limit - 1));
}

/** Converts lossless-json's tree into plain values, recording every number or key that would not be kept. */
function toPlain(value: unknown, path: JsonPath, problems: Problems): unknown {
  if (isLosslessNumber(value)) {
    const problem = numberProblem(value.value);
    if (problem) problems.add(path, problem);
    return Number(value.value);
  }
  if (Array.isArray(value)) return value.map((item, index) => toPlain(item, [...path, index], problems));
  if (typeof value !== "object" || value === null) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "__proto__") {
      problems.add(
        [...path, key],
        "the key __proto__ is refused: JavaScript readers drop it or take it for the object's prototype",
      );
    } else if (child === REPEATED_KEY) {
      problems.add([...path, key], "given more than once in this object, with different values");
    } else {
      plain[key] = toPlain(child, [...path, key], problems);
    }
  }
  return plain;
}

/**
 * Parses JSON text. Throws SyntaxError for text that is not JSON, and an `invalid_body` problem listing the
 * paths of values that would not be kept exactly.
 */
export function parseExactJson(text: string): unknown {
  // JSON.parse first: fast, the usual syntax messages, and a depth check before the recursive parse.
  const loose: unknown = JSON.parse(text);
  if (depthExceeds(loose, MAX_JSON_DEPTH)) {
    throw new HttpProblem("invalid_body", `The request body nests more than ${MAX_JSON_DEPTH} levels deep`, {
      errors: [{ path: "", message: `nests more than ${MAX_JSON_DEPTH} levels deep` }],
    });
  }
  const lossless = parseLossless(text, null, { onDuplicateKey: () => REPEATED_KEY });
  const problems = new Problems();
  const value = toPlain(lossless, [], problems);
  if (problems.count === 0) return value;
  const more =
    problems.count > problems.entries.length ? ` (and ${problems.count - problems.entries.length} more)` : "";
  const listed = problems.entries.map((e) => `${e.path || "the body"}: ${e.message}`).join("; ");
  throw new HttpProblem("invalid_body", `Values that would not be stored exactly as sent: ${listed}${more}`, {
    errors: problems.entries,
  });
}
