/** Typed event-store errors. Each has a stable code that the HTTP API and the UI map to a message. */
import type { ExpectedRevision, TagQuery } from "@/lib/event-store/types";

export type EventStoreErrorCode =
  | "wrong_expected_revision"
  | "stream_not_found"
  | "stream_closed"
  | "invalid_stream_id"
  | "invalid_event"
  | "event_too_large"
  | "empty_append"
  | "too_many_events"
  | "duplicate_event_id";

const BRAND = Symbol.for("ledgerline.event-store-error");

/**
 * `instanceof` works by brand and code, not by class identity: a bundler may load this module twice (Next.js
 * route handlers and server actions are separate bundles), and an error made by one copy must still be
 * recognised by the other.
 */
export abstract class EventStoreError extends Error {
  abstract readonly code: EventStoreErrorCode;
  readonly [BRAND] = true;
  /** Set by each concrete error class. */
  static readonly errorCode: EventStoreErrorCode | undefined = undefined;

  static [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null || (value as { [BRAND]?: unknown })[BRAND] !== true) return false;
    return this.errorCode === undefined || (value as { code?: unknown }).code === this.errorCode;
  }
}

/** The stream's revision was not what the append expected. `actual` is "no_stream" when it does not exist. */
export class WrongExpectedRevisionError extends EventStoreError {
  static override readonly errorCode = "wrong_expected_revision";
  readonly code = "wrong_expected_revision";
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | "no_stream",
  ) {
    super(`Stream ${streamId} expected revision ${String(expected)} but is at ${String(actual)}`);
  }
}

export class StreamNotFoundError extends EventStoreError {
  static override readonly errorCode = "stream_not_found";
  readonly code = "stream_not_found";
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} does not exist`);
  }
}

export class StreamClosedError extends EventStoreError {
  static override readonly errorCode = "stream_closed";
  readonly code = "stream_closed";
  constructor(
    readonly streamId: string,
    readonly revision: number,
  ) {
    super(`Stream ${streamId} is closed at revision ${revision}; it accepts no more events`);
  }
}

export class InvalidStreamIdError extends EventStoreError {
  static override readonly errorCode = "invalid_stream_id";
  readonly code = "invalid_stream_id";
  constructor(readonly streamId: string) {
    super(
      `Invalid stream id ${JSON.stringify(streamId.slice(0, 200))}: use 1–128 letters, digits, '-', '_', '.', ':' or '@', starting with a letter or digit`,
    );
  }
}

export class InvalidEventError extends EventStoreError {
  static override readonly errorCode = "invalid_event";
  readonly code = "invalid_event";
  constructor(
    readonly index: number,
    readonly field: string,
    reason: string,
  ) {
    super(`Event ${index}: ${field} ${reason}`);
  }
}

export class EventTooLargeError extends EventStoreError {
  static override readonly errorCode = "event_too_large";
  readonly code = "event_too_large";
  constructor(
    readonly size: number,
    readonly limit: number,
    readonly index?: number,
  ) {
    super(
      index === undefined
        ? `The events take ${size} bytes together; one append holds at most ${limit} bytes`
        : `Event ${index} takes ${size} bytes; the limit is ${limit} bytes`,
    );
  }
}

export class EmptyAppendError extends EventStoreError {
  static override readonly errorCode = "empty_append";
  readonly code = "empty_append";
  constructor() {
    super("An append needs at least one event");
  }
}

export class TooManyEventsError extends EventStoreError {
  static override readonly errorCode = "too_many_events";
  readonly code = "too_many_events";
  constructor(
    readonly count: number,
    readonly limit: number,
  ) {
    super(`${count} events in one append; at most ${limit} are allowed`);
  }
}

/** One event of an append whose id the stream already holds, and the revision that holds it. */
export interface DuplicateEvent {
  eventId: string;
  revision: number;
}

/**
 * Event ids already stored in the stream's checked window (see IDEMPOTENCY_WINDOW_COMMITS), but not as an exact
 * repeat of one stored commit: other content, or a commit with other events or another order. Nothing was written.
 */
export class DuplicateEventIdError extends EventStoreError {
  static override readonly errorCode = "duplicate_event_id";
  readonly code = "duplicate_event_id";
  constructor(
    readonly streamId: string,
    readonly duplicates: readonly DuplicateEvent[],
    readonly differentContent: boolean,
  ) {
    const [first] = duplicates;
    const more = duplicates.length > 1 ? ` (and ${duplicates.length - 1} more)` : "";
    const why = differentContent ? "with different content" : "in a commit this append does not repeat exactly";
    super(`Stream ${streamId} already holds event ${first?.eventId} at revision ${first?.revision}${more} ${why}`);
  }
}

const describeQuery = (query: TagQuery) =>
  `tags ${query.tags.join(", ")}${query.types?.length ? ` and types ${query.types.join(", ")}` : ""}`;

const CONDITION_BRAND = Symbol.for("ledgerline.append-condition-failed");

/**
 * An event carrying one of the condition's tags was appended after the condition's position. With a types
 * filter it may be of another type (a false conflict: safe, read again and retry). Nothing was written.
 *
 * Not (yet) an EventStoreError: every EventStoreErrorCode is a row of the HTTP API's problem table
 * (lib/http/problem-codes.ts), and no HTTP route takes a condition so far. Recognised by brand, as those are.
 */
export class AppendConditionFailedError extends Error {
  readonly code = "append_condition_failed";
  readonly [CONDITION_BRAND] = true;
  constructor(
    readonly query: TagQuery,
    /** The tag found to have moved on. */
    readonly tag: string,
  ) {
    super(`The append's condition failed: an event matching ${describeQuery(query)} was appended since (tag ${tag})`);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === "object" &&
      value !== null &&
      (value as { [CONDITION_BRAND]?: unknown })[CONDITION_BRAND] === true
    );
  }
}
