/**
 * Wraps a route handler so that every failure leaves as a problem response: typed errors with their code,
 * anything else as a 500 whose details go to the server log, never to the client.
 */
import { EventStoreError } from "@/lib/event-store/errors";
import { HttpProblem, problemResponse } from "@/lib/http/http-problem";
import { problemFromStoreError } from "@/lib/http/store-errors";
import { unavailableStore } from "@/lib/transient-errors";

export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof EventStoreError) return problemFromStoreError(error);
  const away = unavailableStore(error);
  if (away) {
    console.error(`[http] ${away} did not answer`, error);
    return new HttpProblem(
      "store_unavailable",
      `The ${away} did not answer in time. Nothing was lost; try again in a moment.`,
      {},
      { "Retry-After": "2" },
    );
  }
  console.error("[http] unexpected error", error);
  return new HttpProblem("internal_error", "The server failed to answer this request; the error was logged");
}

export function handleRoute<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      return problemResponse(toProblem(error));
    }
  };
}
