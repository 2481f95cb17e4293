/**
 * A tiny HTTP proxy between a server under test and DynamoDB Local that counts requests by operation (the
 * X-Amz-Target header every DynamoDB call carries, `DynamoDB_20120810.Query`): an exact count of what the
 * server asked, whatever its code does. Bodies pass through untouched (DynamoDB Local checks no signature).
 */
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export interface RequestCounter {
  /** The URL to give the server as its DynamoDB endpoint. */
  endpoint: string;
  /** Requests so far by operation (`Query`, `PutItem`, ...). */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** The operations that read items (and cost read units on AWS). */
export const READ_OPERATIONS = ["GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"];

export function readRequests(counts: Record<string, number>): number {
  return READ_OPERATIONS.reduce((sum, operation) => sum + (counts[operation] ?? 0), 0);
}

export async function startRequestCounter(target: string): Promise<RequestCounter> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const counts: Record<string, number> = {};
  const server = createServer((incoming, outgoing) => {
    const operation = String(incoming.headers["x-amz-target"] ?? "other")
      .split(".")
      .at(-1)!;
    counts[operation] = (counts[operation] ?? 0) + 1;
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
        agent,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", (error) => outgoing.destroy(error));
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
