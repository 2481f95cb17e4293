/**
 * The learner's TypeScript as JavaScript the worker can load: sucrase strips the types and turns `export` into
 * assignments to `exports`, keeping every line where it was, so an error's line in the output is the line the
 * learner wrote. Runs in the page (a few milliseconds); it does not type-check.
 */
import { transform } from "sucrase";

export type Transpiled =
  Readonly<{ ok: true; code: string }> | Readonly<{ ok: false; message: string; line: number; column: number }>;

export function transpile(source: string): Transpiled {
  try {
    return { ok: true, code: transform(source, { transforms: ["typescript", "imports"] }).code };
  } catch (error) {
    const loc = (error as { loc?: { line?: unknown; column?: unknown } }).loc;
    const line = typeof loc?.line === "number" ? loc.line : 1;
    const column = typeof loc?.column === "number" ? loc.column : 0;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
    return { ok: false, message: `SyntaxError: ${message}`, line, column };
  }
}
