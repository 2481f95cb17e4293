/**
 * Many live-feed connections from one process, as cheap as a client can be, so the bench measures the server:
 * each reads its Server-Sent Events as text and notes only when each message's event arrived (the id after the
 * `|` of its `id:` line). A connection that ends reconnects after a second with Last-Event-ID, as an EventSource
 * does, and the reconnect is counted. Each connection may carry a Cookie header (a learner's pass), sent again on
 * every reconnect, as a browser would.
 */
import { get, type ClientRequest } from "node:http";

export interface SseTarget {
  url: string;
  /** The Cookie header to send (`name=value`), if any. */
  cookie?: string;
}

export interface SseConnections {
  /** Resolves once every connection has its first bytes (the `retry:` line). */
  opened: Promise<void>;
  /** How many times connections had to reconnect (the server ended or refused them). */
  reconnects(): number;
  close(): void;
}

export function openSseConnections(
  targets: readonly SseTarget[],
  onEvent: (connection: number, eventId: string, at: number) => void,
): SseConnections {
  let closed = false;
  let reconnects = 0;
  const requests = new Set<ClientRequest>();
  let waiting = targets.length;
  let markOpened = () => {};
  const opened = new Promise<void>((resolve) => (markOpened = resolve));
  if (waiting === 0) markOpened();

  function connect(index: number, target: SseTarget, lastEventId: string | undefined, first: boolean): void {
    let lastId = lastEventId;
    let ended = false;
    const again = () => {
      requests.delete(request);
      if (closed || ended) return;
      ended = true;
      reconnects += 1;
      setTimeout(() => connect(index, target, lastId, false), 1_000);
    };
    const headers: Record<string, string> = {};
    if (target.cookie) headers.Cookie = target.cookie;
    if (lastId) headers["Last-Event-ID"] = lastId;
    const request = get(target.url, { headers }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        response.on("end", again);
        return;
      }
      response.setEncoding("utf8");
      let buffer = "";
      let started = !first;
      response.on("data", (chunk: string) => {
        const at = performance.now();
        if (!started) {
          started = true;
          if ((waiting -= 1) === 0) markOpened();
        }
        buffer += chunk;
        const cut = buffer.lastIndexOf("\n\n");
        if (cut < 0) return;
        // Every line of the complete messages, each after a line break (JSON data holds none of its own).
        const lines = `\n${buffer.slice(0, cut)}`;
        buffer = buffer.slice(cut + 2);
        for (let found = lines.indexOf("\nid: "); found >= 0; found = lines.indexOf("\nid: ", found + 1)) {
          const lineEnd = lines.indexOf("\n", found + 1);
          lastId = lines.slice(found + 5, lineEnd < 0 ? undefined : lineEnd);
          onEvent(index, lastId.slice(lastId.lastIndexOf("|") + 1), at);
        }
      });
      response.on("end", again);
      response.on("error", () => {});
    });
    request.on("error", again);
    requests.add(request);
  }

  targets.forEach((target, index) => connect(index, target, undefined, true));
  return {
    opened,
    reconnects: () => reconnects,
    close() {
      closed = true;
      for (const request of requests) request.destroy();
      requests.clear();
    },
  };
}
