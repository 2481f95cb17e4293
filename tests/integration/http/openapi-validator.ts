/**
 * Validates real responses against the served OpenAPI 3.1 document (whose schemas are JSON Schema 2020-12)
 * with ajv. Each check resolves the schema for the route, method, status and media type inside the document,
 * so its $refs resolve exactly as a client's would.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ApiResult } from "@/tests/integration/http/api-client";

// ajv-formats is CommonJS with a default export; under ESM interop the function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
}

const DOC_ID = "urn:ledgerline:openapi";
const pointer = (...segments: string[]) =>
  segments.map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

export function createContractChecker(document: unknown) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...(document as object), $id: DOC_ID });
  const doc = document as OpenApiDocument;

  function validatorFor(ref: string) {
    return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  }

  /** Throws when the response's status, media type or body is not what the document says for this route. */
  function check(result: Pick<ApiResult, "method" | "template" | "status" | "contentType" | "body">): void {
    const method = result.method.toLowerCase();
    const operation = doc.paths[result.template]?.[method];
    if (!operation) throw new Error(`The document has no ${result.method} ${result.template}`);
    const response = operation.responses[String(result.status)];
    if (!response) throw new Error(`${result.method} ${result.template}: status ${result.status} is not documented`);
    if (!response.content?.[result.contentType]?.schema) {
      throw new Error(
        `${result.method} ${result.template} ${result.status}: media type ${result.contentType} is not documented`,
      );
    }
    if (result.contentType === "text/event-stream") return;
    const ref = `${DOC_ID}#/${pointer("paths", result.template, method, "responses", String(result.status), "content", result.contentType, "schema")}`;
    assertValid(ref, result.body, `${result.method} ${result.template} ${result.status}`);
  }

  function assertValid(ref: string, value: unknown, what: string): void {
    const validate = validatorFor(ref);
    if (!validate(value))
      throw new Error(
        `${what} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 500)}`,
      );
  }

  /** Checks a value against a named component schema (for SSE data, which OpenAPI 3.1 cannot type). */
  function checkComponent(name: string, value: unknown): void {
    assertValid(`${DOC_ID}#/${pointer("components", "schemas", name)}`, value, `components.schemas.${name}`);
  }

  return { check, checkComponent };
}
