/**
 * The API reference, rendered on the server from the same OpenAPI document that /api/openapi.json serves:
 * every route grouped by tag, then every named schema. Plain HTML (headings, tables, details), so it reads
 * well with a keyboard and a screen reader, and loads nothing from elsewhere.
 */
import { HTTP_METHODS, type ReferenceDocument } from "@/components/api-reference/openapi-shapes";
import { Operation, operationAnchor } from "@/components/api-reference/operation";
import { Prose } from "@/components/api-reference/prose";
import { SchemaDetails, schemaAnchor } from "@/components/api-reference/schema-details";

export function ApiReference({ document, baseUrl }: { document: ReferenceDocument; baseUrl: string }) {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])),
  );
  const tags = document.tags ?? [];
  return (
    <div data-testid="api-reference" className="space-y-8">
      <section aria-labelledby="api-overview" className="space-y-2">
        <h2 id="api-overview" className="text-xl font-semibold">
          {document.info.title} <span className="text-sm font-normal text-muted">version {document.info.version}</span>
        </h2>
        <Prose text={document.info.description} className="text-sm" />
        <nav aria-label="Routes">
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {operations.map(({ path, method, operation }) => (
              <li key={`${method} ${path}`}>
                <a href={`#${operationAnchor(method, path)}`} className="text-accent underline underline-offset-2">
                  <span className="font-mono uppercase">{method}</span> {path}: {operation.summary}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </section>
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-3">
          <h2 id={`tag-${tag.name}`} className="text-xl font-semibold">
            {tag.name}
          </h2>
          <Prose text={tag.description} className="text-sm text-muted" />
          {operations
            .filter(({ operation }) => operation.tags?.includes(tag.name))
            .map(({ path, method, operation }) => (
              <Operation
                key={`${method} ${path}`}
                method={method}
                path={path}
                operation={operation}
                baseUrl={baseUrl}
              />
            ))}
        </section>
      ))}
      <section aria-labelledby="api-schemas" className="space-y-2">
        <h2 id="api-schemas" className="text-xl font-semibold">
          Schemas
        </h2>
        {Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => (
          <div key={name} id={schemaAnchor(name)} className="scroll-mt-20">
            <SchemaDetails label={name} schema={schema} />
          </div>
        ))}
      </section>
    </div>
  );
}
