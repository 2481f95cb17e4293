/**
 * Moving between steps: the URL of a step (carrying the selected student along, dropping what belonged to the
 * step being left) and what the arrow keys do. Pure, so the rules are unit-tested without a browser.
 */
import { nextStep, previousStep, type StepNumber } from "@/lib/walkthrough/steps";

/** Search parameters that mean the same on every step; the others (revision, at, run, ...) belong to one step. */
const CARRIED_PARAMS = ["student"] as const;

export type SearchParamsLike = Readonly<Record<string, string | undefined>>;

export function stepHref(step: StepNumber, params: SearchParamsLike = {}): string {
  const query = new URLSearchParams();
  for (const name of CARRIED_PARAMS) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return search ? `/walkthrough/${step}?${search}` : `/walkthrough/${step}`;
}

/** The current URL with some parameters set (a value) or removed (undefined), for a step's own state. */
export function withParams(pathname: string, current: SearchParamsLike, changes: SearchParamsLike): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...current, ...changes })) {
    if (value !== undefined && value !== "") query.set(name, value);
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export interface NavState {
  step: StepNumber;
  /** Next is enabled only once the step's expected event has arrived. */
  canGoNext: boolean;
  /** A move to another step is on its way: further presses wait for the page it brings. */
  moving?: boolean;
}

export function backTarget({ step }: NavState): StepNumber | undefined {
  return previousStep(step);
}

export function nextTarget({ step, canGoNext }: NavState): StepNumber | undefined {
  return canGoNext ? nextStep(step) : undefined;
}

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The key is held down and the system repeats it. */
  repeat?: boolean;
}

/**
 * Where ← or → leads from here, or undefined when the key does nothing: another key, a modifier, a locked
 * Next, a held key repeating (it would run through every unlocked step), or a move already on its way (the
 * press was meant for the step still loading, whose Next may be locked).
 */
export function arrowKeyTarget(press: KeyPress, nav: NavState): StepNumber | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey || press.shiftKey || press.repeat || nav.moving) return undefined;
  if (press.key === "ArrowLeft") return backTarget(nav);
  if (press.key === "ArrowRight") return nextTarget(nav);
  return undefined;
}

export interface FocusedElement {
  tagName: string;
  isContentEditable: boolean;
  /** Inside an element marked `data-keeps-arrows` (e.g. a scrollable code listing). */
  keepsArrowKeys?: boolean;
}

/**
 * Arrow keys belong to the control that has focus when it uses them itself: text fields move the caret,
 * sliders, selects and radio groups change their value, a focused listing scrolls. Only elsewhere do they
 * change the step.
 */
export function isTypingTarget(element: FocusedElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable || element.keepsArrowKeys) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName.toUpperCase());
}
