"use client";
/**
 * A submit button that is disabled while its action runs (SubmitButton) drops the keyboard focus to the page's
 * body, so the next Tab starts again from the top. Once the outcome is in (each outcome is a new object) this
 * gives the focus back to the button that was pressed, if nothing else has taken it meanwhile.
 */
import { useEffect, useRef, type RefObject } from "react";

export function useFocusAfterSubmit(form: RefObject<HTMLFormElement | null>, outcome: unknown): void {
  const pressed = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const remember = (event: SubmitEvent) => {
      pressed.current =
        event.submitter instanceof HTMLButtonElement ? event.submitter : element.querySelector("button[type=submit]");
    };
    element.addEventListener("submit", remember);
    return () => element.removeEventListener("submit", remember);
  }, [form]);
  useEffect(() => {
    const button = pressed.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (button && lost && button.isConnected) button.focus();
  }, [outcome]);
}
