/** The files of the project an exercise may show (as its solution, or as the types at hand); read by lab-sources.ts. */
export const LAB_SOURCE_NAMES = [
  "evolve",
  "studentState",
  "studentEvents",
  "studentCommands",
  "decideTypes",
  "decideEnrol",
  "domainErrorTypes",
  "courses",
  "upcasters",
  "courseRoster",
  "courseRosterTypes",
  "upcasterTypes",
  "enrolWithinCapacity",
  "loadAggregate",
  "snapshotTypes",
  "conflictTypes",
] as const;

export type LabSourceName = (typeof LAB_SOURCE_NAMES)[number];
