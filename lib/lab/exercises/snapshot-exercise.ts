/**
 * Exercise 6: load a student from a snapshot, which must give the state the full fold gives (the app's
 * loadAggregate in lib/event-store/aggregate.ts does this for every command).
 */
import { describeStudentEvent } from "@/lib/domain/student/describe-event";
import type { StudentEvent } from "@/lib/domain/student/events";
import { foldStudent, initialState } from "@/lib/domain/student/state";
import type { ReplayGroup } from "@/lib/lab/divergence";
import type { Exercise, Spec } from "@/lib/lab/exercise";
import { describeState } from "@/lib/lab/exercises/evolve-exercise";
import type { RecordedStudentEvent, Snapshot } from "@/lib/lab/exercises/snapshot-types";
import { detailsUpdated, enrolled, EVENT_SOURCING, registered, unenrolled, WEB } from "@/lib/lab/fixtures";
import type { LabHistory } from "@/lib/lab/lab-history";

const recorded = (events: readonly StudentEvent[]): RecordedStudentEvent[] =>
  events.map((event, i) => ({ revision: i + 1, event }));

const snapshotAt = (events: readonly StudentEvent[], revision: number): Snapshot => ({
  revision,
  state: foldStudent(events.slice(0, revision)),
});

const STREAM = [registered, enrolled(EVENT_SOURCING), detailsUpdated, enrolled(WEB), unenrolled(EVENT_SOURCING)];

/** The store reads from a page boundary, which may lie before the snapshot's revision: `from` on. */
function snapshotSpec(id: string, snapshot: Snapshot | null, events: readonly StudentEvent[], from = 1): Spec {
  const expected = foldStudent(events);
  const read = recorded(events).filter((item) => item.revision >= from);
  return {
    id,
    given: `a stream of ${events.length} events (${events.map(describeStudentEvent).join(", ")})`,
    when: snapshot
      ? `loadFromSnapshot starts from a snapshot at revision ${snapshot.revision}, with the events read from revision ${from}`
      : "loadFromSnapshot has no snapshot (null) and every event",
    then: `the state is the full fold's: ${describeState(expected)}`,
    job: { kind: "call", fn: "loadFromSnapshot", args: [snapshot, read] },
    expected,
  };
}

/** Each stream of two events or more, loaded from a snapshot halfway, against its full fold. */
function fromHalfway(history: LabHistory): ReplayGroup[] {
  const streams = history.streams.filter((stream) => stream.events.length >= 2);
  const items = streams.map((stream) => {
    const events = stream.events.map((e) => e.event);
    const half = Math.floor(events.length / 2);
    return [snapshotAt(events, half), recorded(events).filter((item) => item.revision >= half)];
  });
  return [
    {
      key: "halfway",
      label: "Every stream, from a snapshot halfway",
      events: items,
      describe: streams.map((stream) => `${stream.label}, ${stream.events.length} events`),
      initial: null,
      expected: streams.map((stream) => foldStudent(stream.events.map((e) => e.event))),
      fn: "loadFromSnapshot",
      mode: "map",
      spread: true,
    },
  ];
}

const STARTER = `
// A student's state from the latest snapshot (or null) and the events the store read after it. The store reads
// whole pages, so the first events may be at or before the snapshot's revision. The result must be exactly
// what folding every event from the start would give.
export function loadFromSnapshot(snapshot: Snapshot | null, events: RecordedStudentEvent[]): StudentState {
  let state: StudentState = { status: "none" };
  for (const { event } of events) state = evolve(state, event);
  return state;
}
`;

export const snapshotExercise: Exercise = {
  id: "snapshot",
  number: 6,
  title: "Fold from a snapshot",
  summary: "Start from a saved state and fold only what came after: the same state as the full fold.",
  explanation: [
    "A long stream is slow to fold from its first event on every command. A snapshot is a state saved at some revision; loading starts from it and folds only the events after that revision.",
    "It is only an optimisation: whatever the snapshot, the state must be exactly the full fold's. An event folded twice (at or before the snapshot's revision) or one left out gives a wrong state, silently.",
    "The store reads in pages, so the events you are given start at a page boundary: possibly at or before the snapshot's revision, never after it. The starter has the app's own `evolve` and ignores the snapshot.",
  ],
  starter: STARTER,
  starterPrelude: "evolve",
  hints: [
    'Start from `snapshot ? snapshot.state : { status: "none" }`.',
    "Fold only the events whose `revision` is greater than `snapshot.revision`: those at or below it are already in the snapshot's state.",
    "Folding an event twice happens to give the same state with this `evolve` (a second enrolment is ignored), but not with every fold: a count of enrolments would count it twice. Skip what the snapshot holds.",
  ],
  solution: "loadAggregate",
  types: ["snapshotTypes", "studentState"],
  specs: () => [
    snapshotSpec("without-snapshot", null, STREAM),
    snapshotSpec("from-halfway", snapshotAt(STREAM, 2), STREAM, 3),
    snapshotSpec("page-before-the-snapshot", snapshotAt(STREAM, 3), STREAM, 2),
    snapshotSpec("from-the-end", snapshotAt(STREAM, STREAM.length), STREAM, 4),
    snapshotSpec("from-revision-zero", { revision: 0, state: initialState() }, STREAM, 1),
  ],
  replay: { describes: "every stream, loaded from a snapshot halfway", groups: fromHalfway },
};
