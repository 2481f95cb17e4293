/** The parts of an OpenAPI 3.1 document the reference page renders (the generator's own types are wider). */
export type SchemaObject = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
}

export interface MediaObject {
  schema?: SchemaObject;
  example?: unknown;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, MediaObject>;
}

export interface OperationObject {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: ParameterObject[];
  requestBody?: { description?: string; required?: boolean; content: Record<string, MediaObject> };
  responses: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
}

export interface ReferenceDocument {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** "#/components/schemas/RecordedEvent" → "RecordedEvent". */
export const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** The names of every component schema a schema refers to, in order of first mention. */
export function referencedSchemas(schema: unknown, found: string[] = []): string[] {
  if (Array.isArray(schema)) for (const item of schema) referencedSchemas(item, found);
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string" && !found.includes(refName(value))) found.push(refName(value));
      else referencedSchemas(value, found);
    }
  }
  return found;
}
