/** Reads a text/event-stream Response into messages, as an EventSource would parse them. */
export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

function parseBlock(block: string): SseMessage {
  const message: SseMessage = {};
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) {
      message.comment = line.slice(1).trim();
      continue;
    }
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "id" || field === "event" || field === "retry") message[field] = value;
    if (field === "data") message.data = message.data === undefined ? value : `${message.data}\n${value}`;
  }
  return message;
}

export function readSse(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const messages: SseMessage[] = [];
  let buffer = "";
  let ended = false;
  const finished = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
        messages.push(parseBlock(buffer.slice(0, cut)));
        buffer = buffer.slice(cut + 2);
      }
    }
    ended = true;
  })();

  async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  return {
    messages,
    /** The `recorded` messages so far, parsed. */
    events<T = Record<string, unknown>>(): { id: string; event: T }[] {
      return messages
        .filter((m) => m.event === "recorded")
        .map((m) => ({ id: m.id ?? "", event: JSON.parse(m.data ?? "null") as T }));
    },
    waitUntil,
    get ended() {
      return ended;
    },
    finished,
  };
}
