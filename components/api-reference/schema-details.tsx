/** A schema as JSON, folded away until asked for, with links to the named schemas it uses. */
import { referencedSchemas, type SchemaObject } from "@/components/api-reference/openapi-shapes";

export const schemaAnchor = (name: string) => `schema-${name}`;

export function SchemaDetails({ label, schema }: { label: string; schema: SchemaObject | undefined }) {
  if (!schema) return null;
  const named = referencedSchemas(schema);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer rounded-sm font-medium text-muted focus-visible:outline-2 focus-visible:outline-accent">
        {label}
      </summary>
      <pre tabIndex={0} aria-label={label} className="mt-1 max-h-80 overflow-auto rounded bg-background p-2 text-xs">
        {JSON.stringify(schema, null, 2)}
      </pre>
      {named.length > 0 && (
        <p className="mt-1 text-xs text-muted">
          Uses{" "}
          {named.map((name, i) => (
            <span key={name}>
              {i > 0 && ", "}
              <a href={`#${schemaAnchor(name)}`} className="text-accent underline underline-offset-2">
                {name}
              </a>
            </span>
          ))}
        </p>
      )}
    </details>
  );
}
