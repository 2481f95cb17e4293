import type { Metadata } from "next";
import { ApiReference } from "@/components/api-reference/api-reference";

export const metadata: Metadata = { title: "HTTP API" };

export default function ApiPage() {
  return (
    <section className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">The event store over HTTP</h1>
        <p className="text-muted">
          Append, read and follow events with plain HTTP. Open a route and use <strong>Test Request</strong> to try it against this
          server. The machine-readable description is at{" "}
          <a className="text-accent underline" href="/api/openapi.json">
            /api/openapi.json
          </a>
          .
        </p>
      </header>
      <ApiReference />
    </section>
  );
}
