import { describe, expect, it } from "vitest";
import { arrowKeyTarget, isTypingTarget, stepHref, withParams } from "@/lib/walkthrough/navigation";
import {
  nextStep,
  parseStepNumber,
  previousStep,
  progressLabel,
  splitOnTerm,
  STEPS,
  STEP_COUNT,
} from "@/lib/walkthrough/steps";

const press = (
  key: string,
  modifiers: Partial<Record<"altKey" | "ctrlKey" | "metaKey" | "shiftKey", boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe("the steps", () => {
  it("are ten, numbered 1 to 10 in order", () => {
    expect(STEP_COUNT).toBe(10);
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("each highlight a key term that appears in their first sentence", () => {
    for (const step of STEPS) expect(splitOnTerm(step.sentences[0], step.term), `step ${step.number}`).toBeDefined();
  });

  it("say where the reader is as 'Step N of 10'", () => {
    expect(progressLabel(4)).toBe("Step 4 of 10");
  });

  it("accept only 1 to 10 as a step in the URL", () => {
    expect(parseStepNumber("1")).toBe(1);
    expect(parseStepNumber("9")).toBe(9);
    expect(parseStepNumber("10")).toBe(10);
    for (const bad of ["0", "11", "010", "04", "", "x", "1.5", undefined]) expect(parseStepNumber(bad)).toBeUndefined();
  });

  it("have no step before the first or after the last", () => {
    expect(previousStep(1)).toBeUndefined();
    expect(nextStep(10)).toBeUndefined();
    expect(nextStep(9)).toBe(10);
    expect(previousStep(5)).toBe(4);
    expect(nextStep(5)).toBe(6);
  });
});

describe("stepHref", () => {
  it("carries the selected student to the next step and drops the step's own state", () => {
    expect(stepHref(7, { student: "abc", revision: "3", at: "2026-01-01T00:00:00.000Z", run: "2" })).toBe(
      "/walkthrough/7?student=abc",
    );
  });

  it("is the bare step address without a student", () => {
    expect(stepHref(1)).toBe("/walkthrough/1");
  });
});

describe("withParams", () => {
  it("sets and removes parameters of the current address", () => {
    expect(
      withParams(
        "/walkthrough/6",
        { student: "s1", revision: "2" },
        { revision: undefined, at: "2026-01-01T00:00:00.000Z" },
      ),
    ).toBe("/walkthrough/6?student=s1&at=2026-01-01T00%3A00%3A00.000Z");
  });
});

describe("arrow keys", () => {
  it("go back with ← and forward with → once Next is unlocked", () => {
    expect(arrowKeyTarget(press("ArrowLeft"), { step: 4, canGoNext: false })).toBe(3);
    expect(arrowKeyTarget(press("ArrowRight"), { step: 4, canGoNext: true })).toBe(5);
  });

  it("do nothing while Next is locked, at either end, or with a modifier held", () => {
    expect(arrowKeyTarget(press("ArrowRight"), { step: 4, canGoNext: false })).toBeUndefined();
    expect(arrowKeyTarget(press("ArrowLeft"), { step: 1, canGoNext: true })).toBeUndefined();
    expect(arrowKeyTarget(press("ArrowRight"), { step: 10, canGoNext: true })).toBeUndefined();
    expect(arrowKeyTarget(press("ArrowLeft", { altKey: true }), { step: 4, canGoNext: true })).toBeUndefined();
    expect(arrowKeyTarget(press("Enter"), { step: 4, canGoNext: true })).toBeUndefined();
  });

  it("move one step for a held key, and none while a move is on its way", () => {
    expect(arrowKeyTarget({ ...press("ArrowRight"), repeat: true }, { step: 4, canGoNext: true })).toBeUndefined();
    expect(arrowKeyTarget(press("ArrowRight"), { step: 4, canGoNext: true, moving: true })).toBeUndefined();
    expect(arrowKeyTarget(press("ArrowLeft"), { step: 4, canGoNext: true, moving: true })).toBeUndefined();
  });

  it("belong to text fields, sliders, selects and scrollable listings while they have focus", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT", "input"])
      expect(isTypingTarget({ tagName, isContentEditable: false })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "PRE", isContentEditable: false, keepsArrowKeys: true })).toBe(true);
    expect(isTypingTarget({ tagName: "BUTTON", isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
