/** The lab's exercises, in the order a learner takes them. */
import type { Exercise } from "@/lib/lab/exercise";
import { conflictExercise } from "@/lib/lab/exercises/conflict-exercise";
import { decideExercise } from "@/lib/lab/exercises/decide-exercise";
import { evolveExercise } from "@/lib/lab/exercises/evolve-exercise";
import { projectionExercise } from "@/lib/lab/exercises/projection-exercise";
import { snapshotExercise } from "@/lib/lab/exercises/snapshot-exercise";
import { upcasterExercise } from "@/lib/lab/exercises/upcaster-exercise";

export const EXERCISES: readonly Exercise[] = [
  evolveExercise,
  decideExercise,
  projectionExercise,
  upcasterExercise,
  conflictExercise,
  snapshotExercise,
];

export const findExercise = (id: string): Exercise | undefined => EXERCISES.find((exercise) => exercise.id === id);
