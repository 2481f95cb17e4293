/**
 * The SSE response of GET /api/events/live: the subscription's initial events, then whatever the hub delivers,
 * and a heartbeat comment every HEARTBEAT_MS so proxies keep the connection open. Everything stops when the
 * client goes away (the request's signal aborts, or the body stream is cancelled).
 *
 * A slow client never holds up the others: the hub hands events over without waiting, and they queue in this
 * response's own stream. When a delivery finds more than `maxQueuedBytes` still unsent, the client has fallen
 * too far behind: the response ends after what is queued, and the EventSource reconnects with the id of the
 * last message it got (Last-Event-ID) and resumes from there.
 */
import type { RecordedEvent } from "@/lib/event-store/types";
import type { LiveSubscription } from "@/lib/http/live/live-subscription";
import { commentMessage, recordedMessage, retryMessage } from "@/lib/http/live/sse-message";

export const HEARTBEAT_MS = 15_000;
/** How long a disconnected EventSource waits before it reconnects. */
const RETRY_MS = 1_000;
/** About 500 typical events: at 20 appends/s, a client 25 s behind. */
export const MAX_QUEUED_BYTES = 256 * 1024;

const encoder = new TextEncoder();
/** A hub batch is the same array for every connection that takes all of it, so it is encoded once. */
const encodedBatches = new WeakMap<readonly RecordedEvent[], Uint8Array>();

function encodeEvents(events: readonly RecordedEvent[]): Uint8Array {
  let bytes = encodedBatches.get(events);
  if (!bytes) {
    bytes = encoder.encode(events.map(recordedMessage).join(""));
    encodedBatches.set(events, bytes);
  }
  return bytes;
}

export interface LiveResponseOptions {
  maxQueuedBytes?: number;
}

export function liveFeedResponse(
  subscription: LiveSubscription,
  signal: AbortSignal,
  { maxQueuedBytes = MAX_QUEUED_BYTES }: LiveResponseOptions = {},
): Response {
  let stop = () => {};

  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let stopped = false;
        const send = (bytes: Uint8Array) => {
          if (!stopped) controller.enqueue(bytes);
        };
        const sendText = (text: string) => send(encoder.encode(text));
        const heartbeat = setInterval(() => sendText(commentMessage("heartbeat")), HEARTBEAT_MS);
        stop = () => {
          if (stopped) return;
          stopped = true;
          clearInterval(heartbeat);
          subscription.close();
          signal.removeEventListener("abort", end);
        };
        /** Stops and ends the body; what is queued still reaches the client. */
        function end() {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the reader.
          }
        }
        signal.addEventListener("abort", end);

        sendText(retryMessage(RETRY_MS));
        if (subscription.initial.length > 0) send(encodeEvents(subscription.initial));
        if (signal.aborted) return end();
        subscription.start({
          events(events) {
            if (events.length === 0 || stopped) return;
            // desiredSize is the limit minus the bytes queued: below zero, the client is too far behind.
            if ((controller.desiredSize ?? 0) < 0) {
              sendText(commentMessage("too far behind; reconnect to resume"));
              return end();
            }
            send(encodeEvents(events));
          },
          pollFailed() {
            // The hub retries on its next tick and its window re-reads what this one missed.
            sendText(commentMessage("poll failed; retrying"));
          },
        });
      },
      cancel() {
        stop();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: maxQueuedBytes }),
  );

  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      // Stops nginx-style proxies from buffering the stream.
      "X-Accel-Buffering": "no",
    },
  });
}
