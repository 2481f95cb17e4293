/**
 * One learner's open live feed (GET /api/events/live, as the timeline keeps it open): every event it delivers is
 * handed on with its stream id, so the load can check it is the learner's own. Like an EventSource, it sends the
 * learner's cookie, and after the server ends the stream it reconnects a second later with Last-Event-ID.
 */
import { get, type ClientRequest } from "node:http";

export interface LiveFeed {
  /** Resolves once the server has answered (its `retry:` line). */
  opened: Promise<void>;
  reconnects(): number;
  close(): void;
}

export function openLiveFeed(
  url: string,
  cookie: string,
  onEvent: (event: { id: string; streamId: string }) => void,
): LiveFeed {
  let closed = false;
  let reconnects = 0;
  let current: ClientRequest | undefined;
  let lastId: string | undefined;
  let markOpened = () => {};
  const opened = new Promise<void>((resolve) => (markOpened = resolve));

  const connect = () => {
    let ended = false;
    const again = () => {
      if (closed || ended) return;
      ended = true;
      reconnects += 1;
      setTimeout(connect, 1_000);
    };
    const headers: Record<string, string> = { Cookie: cookie, Accept: "text/event-stream" };
    if (lastId) headers["Last-Event-ID"] = lastId;
    current = get(url, { headers }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        response.on("end", again);
        return;
      }
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        markOpened();
        buffer += chunk;
        const cut = buffer.lastIndexOf("\n\n");
        if (cut < 0) return;
        const messages = buffer.slice(0, cut).split("\n\n");
        buffer = buffer.slice(cut + 2);
        for (const message of messages) {
          let data: string | undefined;
          for (const line of message.split("\n")) {
            if (line.startsWith("id: ")) lastId = line.slice(4);
            else if (line.startsWith("data: ")) data = line.slice(6);
          }
          if (data === undefined) continue;
          const event = JSON.parse(data) as { id: string; streamId: string };
          onEvent({ id: event.id, streamId: event.streamId });
        }
      });
      response.on("end", again);
      response.on("error", () => {});
    });
    current.on("error", again);
  };
  connect();
  return {
    opened,
    reconnects: () => reconnects,
    close() {
      closed = true;
      current?.destroy();
    },
  };
}
