/**
 * Which outcome a student form should still show once the page has moved on. A success or a conflict is
 * about one revision: after the page shows a newer one (a reload, another change), it is old news.
 */
import { IDLE, type ActionState } from "@/lib/forms/action-state";

export function visibleState(state: ActionState, revision: number): ActionState {
  if (state.status === "ok" && state.revision !== revision) return IDLE;
  if (state.status === "conflict" && state.actual <= revision) return IDLE;
  return state;
}
