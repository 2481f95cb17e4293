/**
 * The fold of step 3, one frame per event: the state before, the event, the state after (computed with the
 * domain's real `evolve`), and which fields the event changed. Pure, so it runs in the browser.
 */
import type { StudentEvent } from "@/lib/domain/student/events";
import { evolve, initialState, type StudentState } from "@/lib/domain/student/state";

export type StateField = "status" | "studentId" | "fullName" | "email" | "dateOfBirth" | "courses";

export interface FieldChange {
  field: StateField;
  before: string;
  after: string;
}

export interface FoldFrame {
  revision: number;
  event: StudentEvent;
  before: StudentState;
  after: StudentState;
  changes: FieldChange[];
}

const FIELDS: readonly StateField[] = ["status", "studentId", "fullName", "email", "dateOfBirth", "courses"];

/** A field of a state as text ("" when the state has no such field, e.g. before registration). */
export function fieldText(state: StudentState, field: StateField): string {
  if (field === "status") return state.status;
  if (state.status !== "registered") return "";
  if (field === "courses") return state.courses.join(", ");
  return state[field];
}

export function diffStates(before: StudentState, after: StudentState): FieldChange[] {
  return FIELDS.flatMap((field) => {
    const was = fieldText(before, field);
    const now = fieldText(after, field);
    return was === now ? [] : [{ field, before: was, after: now }];
  });
}

/** Events with their stream revisions, folded from the initial state. */
export function foldFrames(events: readonly { revision: number; event: StudentEvent }[]): FoldFrame[] {
  const frames: FoldFrame[] = [];
  let state = initialState();
  for (const { revision, event } of events) {
    const after = evolve(state, event);
    frames.push({ revision, event, before: state, after, changes: diffStates(state, after) });
    state = after;
  }
  return frames;
}

/** The state after `position` frames (0: the initial state). */
export function stateAfter(frames: readonly FoldFrame[], position: number): StudentState {
  if (position <= 0) return initialState();
  return frames[Math.min(position, frames.length) - 1]?.after ?? initialState();
}
