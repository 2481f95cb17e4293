/** The lab's exercises, in the order a learner takes them. */
import type { Exercise } from "@/lib/lab/exercise";
import { evolveExercise } from "@/lib/lab/exercises/evolve-exercise";

export const EXERCISES: readonly Exercise[] = [evolveExercise];

export const findExercise = (id: string): Exercise | undefined => EXERCISES.find((exercise) => exercise.id === id);
