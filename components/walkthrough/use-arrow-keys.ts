"use client";
/**
 * ← and → move between steps, except while a control that uses arrow keys itself has focus. A press made
 * before the page was interactive (kept by EarlyArrowKeys) is applied once it is.
 */
import { useEffect } from "react";
import { EARLY_KEYS, type EarlyKeys } from "@/components/walkthrough/early-arrow-keys";
import { arrowKeyTarget, isTypingTarget, type NavState } from "@/lib/walkthrough/navigation";
import type { StepNumber } from "@/lib/walkthrough/steps";

export function useArrowKeys(nav: NavState, go: (step: StepNumber) => void): void {
  const { step, canGoNext, moving } = nav;
  useEffect(() => {
    const early = (window as typeof window & { [EARLY_KEYS]?: EarlyKeys })[EARLY_KEYS];
    const pressed = early?.last;
    early?.stop();
    const earlyTarget = pressed ? arrowKeyTarget(pressed, { step, canGoNext, moving }) : undefined;
    if (earlyTarget !== undefined) go(earlyTarget);
  }, [step, canGoNext, moving, go]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (
        focused &&
        isTypingTarget({
          tagName: focused.tagName,
          isContentEditable: focused.isContentEditable,
          keepsArrowKeys: focused.closest("[data-keeps-arrows]") !== null,
        })
      )
        return;
      const target = arrowKeyTarget(event, { step, canGoNext, moving });
      if (target === undefined) return;
      event.preventDefault();
      go(target);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [step, canGoNext, moving, go]);
}
