/**
 * The OpenAPI 3.1 document served at /api/openapi.json, generated from the zod schemas the handlers parse
 * requests with. Nothing in it is written by hand apart from prose.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { registerEventPaths } from "@/lib/http/openapi/event-paths";
import { registerStreamPaths } from "@/lib/http/openapi/stream-paths";
import { jsonObjectSchema } from "@/lib/http/schemas/recorded-event";

type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

let generated: OpenApiDocument | undefined;

function generate(): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "The server's API_TOKEN. Needed for appends and closes when API_TOKEN is set; reads are open.",
  });
  registerStreamPaths(registry);
  registerEventPaths(registry);
  registry.registerPath({
    method: "get",
    path: "/api/openapi.json",
    tags: ["Reference"],
    summary: "This document",
    responses: {
      200: { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: jsonObjectSchema } } },
    },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Ledgerline event store API",
      version: "1.0.0",
      description:
        "Append to and read from the event store over HTTP. Errors are RFC 9457 problem details " +
        "(`application/problem+json`) with a stable `code`, on every path under /api: also an unknown route (404 `route_not_found`), " +
        "a method the route lacks (405 `method_not_allowed`, with `Allow`) and a path that is not valid percent-encoded UTF-8 " +
        "(400 `invalid_path`). Numbers and keys in a body that JSON would not keep exactly are refused (422 `invalid_body`). " +
        "The reference page at /api shows a curl line for every route; the project's docs/http-api.md is the longer guide.",
    },
    servers: [{ url: "/", description: "This server" }],
    tags: [
      { name: "Streams", description: "One stream per aggregate: append with optimistic concurrency, read, close." },
      { name: "All events", description: "Every stream's events in one feed, paged or live." },
      { name: "Reference", description: "This API's description." },
    ],
  });
}

export function openApiDocument(): OpenApiDocument {
  generated ??= generate();
  return generated;
}
