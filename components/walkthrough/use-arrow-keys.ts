"use client";
/** ← and → move between steps, except while a control that uses arrow keys itself has focus. */
import { useEffect } from "react";
import { arrowKeyTarget, isTypingTarget, type NavState } from "@/lib/walkthrough/navigation";
import type { StepNumber } from "@/lib/walkthrough/steps";

export function useArrowKeys(nav: NavState, go: (step: StepNumber) => void): void {
  const { step, canGoNext } = nav;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (focused && isTypingTarget({ tagName: focused.tagName, isContentEditable: focused.isContentEditable, keepsArrowKeys: focused.closest("[data-keeps-arrows]") !== null })) return;
      const target = arrowKeyTarget(event, { step, canGoNext });
      if (target === undefined) return;
      event.preventDefault();
      go(target);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [step, canGoNext, go]);
}
