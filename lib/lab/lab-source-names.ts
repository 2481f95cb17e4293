/** The files of the project an exercise may show (as its solution, or as the types at hand); read by lab-sources.ts. */
export const LAB_SOURCE_NAMES = [
  "evolve",
  "studentState",
  "studentEvents",
  "studentCommands",
  "decide",
  "domainErrors",
  "courses",
  "upcasters",
  "courseRoster",
  "retryOnConflict",
  "foldFromSnapshot",
] as const;

export type LabSourceName = (typeof LAB_SOURCE_NAMES)[number];
