import type { Metadata } from "next";
import { headers } from "next/headers";
import { ApiReference } from "@/components/api-reference/api-reference";
import type { ReferenceDocument } from "@/components/api-reference/openapi-shapes";
import { openApiDocument } from "@/lib/http/openapi/document";

export const metadata: Metadata = { title: "HTTP API" };

export default async function ApiPage() {
  const host = (await headers()).get("host") ?? "localhost:3000";
  const document = openApiDocument() as unknown as ReferenceDocument;
  return (
    <section className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">The event store over HTTP</h1>
        <p className="text-muted">
          Append, read and follow events with plain HTTP. Each route below says what it takes and answers, with a curl
          line to try it against this server. The machine-readable description is at{" "}
          <a className="text-accent underline" href="/api/openapi.json">
            /api/openapi.json
          </a>
          ; the longer guide, with the rules for exact values, idempotent retries and errors, is docs/http-api.md in the
          project.
        </p>
      </header>
      <ApiReference document={document} baseUrl={`http://${host}`} />
    </section>
  );
}
