"use client";
/**
 * Whether the current step is done. Most steps learn it from the server (the expected event is in the store);
 * steps 3 and 5 finish in the browser (the fold reached the end, a tab was refused) and report it here.
 */
import { createContext, useContext } from "react";

export const StepCompletionContext = createContext<() => void>(() => {});

/** Call the returned function when the step's goal has been reached in the browser. */
export function useMarkStepComplete(): () => void {
  return useContext(StepCompletionContext);
}
