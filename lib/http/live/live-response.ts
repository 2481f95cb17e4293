/**
 * The SSE response of GET /api/events/live: the feed's initial events, then a poll every POLL_MS, and a
 * heartbeat comment every HEARTBEAT_MS so proxies keep the connection open. Everything stops when the client
 * goes away (the request's signal aborts, or the body stream is cancelled).
 */
import type { LiveFeed } from "@/lib/http/live/live-feed";
import { commentMessage, recordedMessage, retryMessage } from "@/lib/http/live/sse-message";

export const POLL_MS = 400;
export const HEARTBEAT_MS = 15_000;
/** How long a disconnected EventSource waits before it reconnects. */
const RETRY_MS = 1_000;

export function liveFeedResponse(feed: LiveFeed, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let stop = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let stopped = false;
      let pollTimer: ReturnType<typeof setTimeout> | undefined;
      const send = (text: string) => {
        if (!stopped) controller.enqueue(encoder.encode(text));
      };
      const heartbeat = setInterval(() => send(commentMessage("heartbeat")), HEARTBEAT_MS);
      stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(heartbeat);
        clearTimeout(pollTimer);
        signal.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      signal.addEventListener("abort", onAbort);

      const poll = async () => {
        try {
          for (const event of await feed.poll()) send(recordedMessage(event));
        } catch (error) {
          // A failed read (the store briefly unreachable) is retried on the next tick; the window re-reads it.
          console.error("[live feed] poll failed", error);
          send(commentMessage("poll failed; retrying"));
        }
        if (!stopped) pollTimer = setTimeout(() => void poll(), POLL_MS);
      };

      send(retryMessage(RETRY_MS));
      for (const event of feed.initial) send(recordedMessage(event));
      if (signal.aborted) onAbort();
      else pollTimer = setTimeout(() => void poll(), POLL_MS);
    },
    cancel() {
      stop();
    },
  });

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
