/**
 * Source files the walkthrough shows as they are, read from the project on the server: the in-memory event
 * store (step 3) and the upcasters (step 9). Each path is spelled out in full so the build can see (and ship)
 * exactly these files, and no request can name another.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

const SOURCES = {
  inMemoryStore: {
    path: "lib/event-store/in-memory/in-memory-event-store.ts",
    read: () => readFile(path.join(process.cwd(), "lib/event-store/in-memory/in-memory-event-store.ts"), "utf8"),
  },
  upcasters: {
    path: "lib/domain/upcasters.ts",
    read: () => readFile(path.join(process.cwd(), "lib/domain/upcasters.ts"), "utf8"),
  },
} as const;

export type ShownSource = keyof typeof SOURCES;

export interface SourceText {
  path: string;
  /** undefined when the file is not there (a build that ships without sources). */
  text: string | undefined;
}

export async function readSource(name: ShownSource): Promise<SourceText> {
  const source = SOURCES[name];
  try {
    return { path: source.path, text: await source.read() };
  } catch {
    return { path: source.path, text: undefined };
  }
}
