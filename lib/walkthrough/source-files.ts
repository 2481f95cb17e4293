/**
 * Source the walkthrough shows as it is, read from the project on the server: the student's `evolve` (step 3)
 * and the upcasters (step 9). Each path is spelled out in full so the build can see (and ship) exactly these
 * files, and no request can name another. An excerpt runs from the first line matching `from` to the next line
 * matching `to`, both included.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ShownFile {
  path: string;
  read: () => Promise<string>;
  excerpt?: { from: RegExp; to: RegExp };
}

const SOURCES = {
  evolve: {
    path: "lib/domain/student/state.ts",
    read: () => readFile(path.join(process.cwd(), "lib/domain/student/state.ts"), "utf8"),
    excerpt: { from: /^export function evolve\(/, to: /^}/ },
  },
  upcasters: {
    path: "lib/domain/upcasters.ts",
    read: () => readFile(path.join(process.cwd(), "lib/domain/upcasters.ts"), "utf8"),
  },
} as const satisfies Record<string, ShownFile>;

export type ShownSource = keyof typeof SOURCES;

export interface SourceText {
  path: string;
  /** undefined when the file is not there (a build that ships without sources). */
  text: string | undefined;
  /** The number of the text's first line in the file. */
  firstLine: number;
}

/** The lines of an excerpt (1-based, inclusive), or the whole text when it is not found. */
export function excerptLines(lines: readonly string[], excerpt: ShownFile["excerpt"]): { start: number; end: number } {
  const whole = { start: 1, end: lines.length };
  if (!excerpt) return whole;
  const start = lines.findIndex((line) => excerpt.from.test(line));
  const end = start < 0 ? -1 : lines.findIndex((line, i) => i > start && excerpt.to.test(line));
  return start < 0 || end < 0 ? whole : { start: start + 1, end: end + 1 };
}

export async function readSource(name: ShownSource): Promise<SourceText> {
  return readShownFile(SOURCES[name]);
}

/** A file, or its excerpt, with its first line number; text undefined when it cannot be read. */
export async function readShownFile(source: ShownFile): Promise<SourceText> {
  try {
    const lines = (await source.read()).replace(/\n$/, "").split("\n");
    const { start, end } = excerptLines(lines, source.excerpt);
    return { path: source.path, text: lines.slice(start - 1, end).join("\n"), firstLine: start };
  } catch {
    return { path: source.path, text: undefined, firstLine: 1 };
  }
}
