/**
 * The name a student had at each revision of their stream, folded with the domain's own `evolve`, so the
 * timeline labels an event with what was true when it was recorded: events never change, only the current
 * name does. Pure, used by the server (streams read from the store) and the browser (streams it holds whole).
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import { readRecordedStudentEvent } from "@/lib/domain/student/parse-event";
import { evolve, initialState, type StudentState } from "@/lib/domain/student/state";

export interface NameChange {
  revision: number;
  name: string;
}

export interface NameHistory {
  /** The history is known for revisions 1 to upTo. */
  upTo: number;
  /** Each revision at which the name became what it is, oldest first. */
  changes: NameChange[];
}

/** Folds a stream's events from revision 1; `events` must be revisions 1, 2, 3… in order (see `coversFromStart`). */
export function foldNameHistory(events: readonly RecordedEvent[]): NameHistory {
  let state: StudentState = initialState();
  const changes: NameChange[] = [];
  for (const recorded of events) {
    const parsed = readRecordedStudentEvent(recorded);
    if (!parsed.ok) continue;
    state = evolve(state, parsed.event);
    if (state.status === "registered" && state.fullName !== changes.at(-1)?.name)
      changes.push({ revision: recorded.revision, name: state.fullName });
  }
  return { upTo: events.at(-1)?.revision ?? 0, changes };
}

/** The name at a revision; undefined when the history does not reach it or the student was not registered yet. */
export function nameAt(history: NameHistory | undefined, revision: number): string | undefined {
  if (!history || revision > history.upTo) return undefined;
  let name: string | undefined;
  for (const change of history.changes) {
    if (change.revision > revision) break;
    name = change.name;
  }
  return name;
}

/** A stream's events sorted by revision, when they are exactly revisions 1..n; otherwise undefined. */
export function coversFromStart(events: readonly RecordedEvent[]): RecordedEvent[] | undefined {
  const sorted = [...events].sort((a, b) => a.revision - b.revision);
  return sorted.every((event, index) => event.revision === index + 1) ? sorted : undefined;
}
