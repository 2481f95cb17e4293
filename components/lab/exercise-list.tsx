"use client";
/** The lab's exercises in order, each marked passed when the server or this browser recorded it for the viewer's sandbox. */
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { EXERCISES } from "@/lib/lab/exercise-list";
import { loadPassed } from "@/components/lab/lab-storage";
import { card, textLink } from "@/components/ui/styles";

const noSubscription = () => () => undefined;

export function ExerciseList({ scope, recorded }: { scope: string; recorded: readonly string[] }) {
  // The server cannot see this browser's storage: it renders nothing as passed, the browser fills it in.
  const passed = useSyncExternalStore(
    noSubscription,
    () => loadPassed(scope).join(","),
    () => "",
  )
    .split(",")
    .concat(recorded);
  return (
    <ol className="space-y-3">
      {EXERCISES.map((exercise) => {
        const done = passed.includes(exercise.id);
        return (
          <li key={exercise.id} className={card} data-testid={`exercise-${exercise.id}`} data-passed={done}>
            <div className="flex items-baseline justify-between gap-3">
              <Link href={`/lab/${exercise.id}`} className={textLink}>
                {exercise.number}. {exercise.title}
              </Link>
              <span className={`text-xs font-medium ${done ? "text-ok" : "text-muted"}`}>
                {done ? "Passed" : "Not passed yet"}
              </span>
            </div>
            <p className="mt-1 text-sm text-muted">{exercise.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
