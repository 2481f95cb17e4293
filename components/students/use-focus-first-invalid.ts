"use client";
/** After a submission comes back invalid, moves focus to the first field marked invalid so it can be fixed at once. */
import { useEffect, type RefObject } from "react";
import type { ActionState } from "@/lib/forms/action-state";

export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, state: ActionState): void {
  useEffect(() => {
    if (state.status !== "invalid") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, state]);
}
