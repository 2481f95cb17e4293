/**
 * The walkthrough's ten steps: what each one teaches, in one or two plain sentences with its key term, and
 * what "done" means for it (the event or result that unlocks Next). Pure data, shared by server and client.
 */
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export type StepNumber = (typeof STEP_NUMBERS)[number];

export const STEP_COUNT = STEP_NUMBERS.length;

/**
 * How the page keeps its live panel fresh: "always" polls while the step is open (things happen without the
 * user, e.g. the projector catching up), "until-complete" polls until the expected event has arrived, and
 * "never" leaves it to the step's own actions (their results re-render the page).
 */
export type RefreshMode = "always" | "until-complete" | "never";

export interface StepInfo {
  number: StepNumber;
  title: string;
  /** The key term; it appears verbatim in the first sentence, where it is highlighted. */
  term: string;
  sentences: readonly [string] | readonly [string, string];
  /** What Next waits for, shown while it is disabled: "Next unlocks when <waitingFor>." */
  waitingFor: string;
  refresh: RefreshMode;
}

export const STEPS: readonly StepInfo[] = [
  {
    number: 1,
    title: "Events, not rows",
    term: "event",
    sentences: [
      "Ledgerline never updates a student in place: every change is stored as an event, a fact that happened.",
      "Register a student and watch the first event land in the event store.",
    ],
    waitingFor: "a StudentRegistered event is in the event store",
    refresh: "until-complete",
  },
  {
    number: 2,
    title: "Streams",
    term: "stream",
    sentences: [
      "A student's events form one stream, kept in DynamoDB as one item per append, keyed by the stream id (pk) and the first revision it holds (sk).",
      "Here are the items exactly as DynamoDB holds them; append another event and a new item appears.",
    ],
    waitingFor: "you append an event here and its item appears",
    refresh: "until-complete",
  },
  {
    number: 3,
    title: "Folding",
    term: "folded",
    sentences: [
      "The current state is nothing but the events folded in order by the domain's own evolve function.",
      "Play the fold and watch each event change the state.",
    ],
    waitingFor: "the fold reaches the latest event",
    refresh: "never",
  },
  {
    number: 4,
    title: "Projections and eventual consistency",
    term: "eventually consistent",
    sentences: [
      "The projector copies events into the MySQL read model after they are stored, so the read model is eventually consistent.",
      "Pause the projector, append, and watch the row fall behind; resume it and watch it catch up.",
    ],
    waitingFor: "an event you append here reaches the read model, with the projector running",
    refresh: "always",
  },
  {
    number: 5,
    title: "Optimistic concurrency",
    term: "expected revision",
    sentences: [
      "Every append names the expected revision it was decided on, so of two people who loaded the same revision only the first can append.",
      "The second is refused instead of silently overwriting the first.",
    ],
    waitingFor: "one of the two tabs is refused",
    refresh: "never",
  },
  {
    number: 6,
    title: "Time travel",
    term: "any revision",
    sentences: [
      "Nothing is ever overwritten, so the state at any revision, or at any moment, can be folded again from the events.",
    ],
    waitingFor: "you travel to a revision or a moment",
    refresh: "until-complete",
  },
  {
    number: 7,
    title: "Snapshots",
    term: "snapshot",
    sentences: [
      "Folding a long stream on every load gets slow; a snapshot stores the state folded up to a revision.",
      "A load then folds only the events after the snapshot.",
    ],
    waitingFor: "the student has a snapshot",
    refresh: "until-complete",
  },
  {
    number: 8,
    title: "Rebuilding the read model",
    term: "rebuild",
    sentences: [
      "The read model is disposable: throw it away and rebuild it from the events, and it comes back row for row the same.",
    ],
    waitingFor: "a rebuild you start here ends, whether it finishes or fails",
    refresh: "always",
  },
  {
    number: 9,
    title: "Versioning events",
    term: "upcaster",
    sentences: [
      "Stored events are never rewritten: when an event's shape changes, an upcaster turns the old shape into the new one each time it is read.",
    ],
    waitingFor: "an event is stored in its old shape",
    refresh: "until-complete",
  },
  {
    number: 10,
    title: "The last seat",
    term: "consistency boundary",
    sentences: [
      "A rule across streams, like a course's capacity, needs a consistency boundary: the enrolment reads the course's own events and appends only if none came since.",
      "Race eight students for three seats, checked against the read model and inside the boundary, side by side.",
    ],
    waitingFor: "a race you start here has run",
    refresh: "never",
  },
];

export function stepInfo(step: StepNumber): StepInfo {
  // STEPS lists every StepNumber in order, so the index always exists.
  return STEPS[step - 1]!;
}

export function parseStepNumber(value: string | undefined): StepNumber | undefined {
  if (value === undefined || !/^([1-9]|10)$/.test(value)) return undefined;
  return STEP_NUMBERS.find((n) => n === Number(value));
}

export function progressLabel(step: StepNumber): string {
  return `Step ${step} of ${STEP_COUNT}`;
}

export function previousStep(step: StepNumber): StepNumber | undefined {
  return parseStepNumber(String(step - 1));
}

export function nextStep(step: StepNumber): StepNumber | undefined {
  return parseStepNumber(String(step + 1));
}

/** Splits a sentence around the first occurrence of the term, for highlighting; undefined when it is not there. */
export function splitOnTerm(sentence: string, term: string): [string, string, string] | undefined {
  const at = sentence.indexOf(term);
  if (at < 0 || term === "") return undefined;
  return [sentence.slice(0, at), term, sentence.slice(at + term.length)];
}
