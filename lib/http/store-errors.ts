/** Turns the event store's typed errors into problems, with the facts each one carries. */
import {
  DuplicateEventIdError,
  EventTooLargeError,
  InvalidEventError,
  InvalidStreamIdError,
  StreamClosedError,
  StreamNotFoundError,
  TooManyEventsError,
  WrongExpectedRevisionError,
  type EventStoreError,
} from "@/lib/event-store/errors";
import { formatExpectedRevision } from "@/lib/http/expected-revision";
import { HttpProblem, type ProblemExtensions } from "@/lib/http/http-problem";

function extensionsOf(error: EventStoreError): ProblemExtensions {
  if (error instanceof WrongExpectedRevisionError) {
    return {
      streamId: error.streamId,
      expected: formatExpectedRevision(error.expected),
      actual: error.actual === "no_stream" ? "no-stream" : error.actual,
    };
  }
  if (error instanceof StreamClosedError) return { streamId: error.streamId, revision: error.revision };
  if (error instanceof DuplicateEventIdError) return { streamId: error.streamId, duplicates: [...error.duplicates] };
  if (error instanceof StreamNotFoundError || error instanceof InvalidStreamIdError)
    return { streamId: error.streamId };
  if (error instanceof InvalidEventError) return { index: error.index, field: error.field };
  if (error instanceof EventTooLargeError)
    return { size: error.size, limit: error.limit, ...(error.index === undefined ? {} : { index: error.index }) };
  if (error instanceof TooManyEventsError) return { count: error.count, limit: error.limit };
  return {};
}

export function problemFromStoreError(error: EventStoreError): HttpProblem {
  // The store's error codes are rows of PROBLEMS by design, so the code carries over unchanged.
  return new HttpProblem(error.code, error.message, extensionsOf(error));
}
