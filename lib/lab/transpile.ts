/**
 * The learner's TypeScript as JavaScript the worker can load: sucrase strips the types and turns `export` into
 * assignments to `exports`, keeping every line where it was, so an error's line in the output is the line the
 * learner wrote. Runs in the page (a few milliseconds); it does not type-check.
 */
import { transform } from "sucrase";

export type Transpiled =
  Readonly<{ ok: true; code: string }> | Readonly<{ ok: false; message: string; line: number; column: number }>;

const DYNAMIC_IMPORT = /Promise\.resolve\(\)\.then\(\(\) => _interopRequireWildcard\(require\(/;

export function transpile(source: string): Transpiled {
  try {
    const code = transform(source, { transforms: ["typescript", "imports"] }).code;
    // A dynamic import() becomes a require() in a promise, which would fail after the run has answered: said now.
    const line = code.split("\n").findIndex((text) => DYNAMIC_IMPORT.test(text));
    if (line >= 0) {
      return {
        ok: false,
        message: "import() is not available in the lab: there are no modules to load",
        line: line + 1,
        column: 0,
      };
    }
    return { ok: true, code };
  } catch (error) {
    const loc = (error as { loc?: { line?: unknown; column?: unknown } }).loc;
    const line = typeof loc?.line === "number" ? loc.line : 1;
    const column = typeof loc?.column === "number" ? loc.column : 0;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
    return { ok: false, message: `SyntaxError: ${message}`, line, column };
  }
}
