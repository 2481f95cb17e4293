/** One route of the API: what it does, its parameters, its body, its answers, and a curl line to try it. */
import { type HttpMethod, type OperationObject } from "@/components/api-reference/openapi-shapes";
import { Prose } from "@/components/api-reference/prose";
import { SchemaDetails } from "@/components/api-reference/schema-details";

const METHOD_TONE: Record<HttpMethod, string> = {
  get: "bg-ok-surface text-ok",
  post: "bg-warn-surface text-warn",
  put: "bg-warn-surface text-warn",
  patch: "bg-warn-surface text-warn",
  delete: "bg-bad-surface text-bad",
};

export const operationAnchor = (method: string, path: string) => `${method}-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** A curl command for the route, with the parameters' examples filled in where the document has them. */
function curlFor(baseUrl: string, method: HttpMethod, path: string, operation: OperationObject): string {
  const examples = new Map((operation.parameters ?? []).map((p) => [p.name, p.schema?.example]));
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => String(examples.get(name) ?? `{${name}}`));
  const parts = [`curl -s${method === "get" ? "" : ` -X ${method.toUpperCase()}`} '${baseUrl}${url}'`];
  if (operation.security?.length) parts.push(`-H "Authorization: Bearer $API_TOKEN"`);
  const body = operation.requestBody?.content["application/json"];
  const example = body?.example ?? body?.schema?.example;
  if (body) parts.push(`-H 'Content-Type: application/json'`, `-d '${example ? JSON.stringify(example) : "{…}"}'`);
  return parts.join(" \\\n  ");
}

export function Operation({
  method,
  path,
  operation,
  baseUrl,
}: {
  method: HttpMethod;
  path: string;
  operation: OperationObject;
  baseUrl: string;
}) {
  const id = operationAnchor(method, path);
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h3 id={id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 font-semibold">
        <span className={`rounded px-1.5 py-0.5 font-mono text-xs uppercase ${METHOD_TONE[method]}`}>{method}</span>
        <code className="font-mono text-sm break-all">{path}</code>
        <span>{operation.summary}</span>
      </h3>
      <Prose text={operation.description} className="text-sm text-muted" />
      {operation.security?.length ? (
        <p className="text-sm text-muted">Needs the bearer token when the server sets API_TOKEN.</p>
      ) : null}
      {parameters.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parameters of {operation.summary}</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Parameter
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  In
                </th>
                <th scope="col" className="py-1 font-medium">
                  Meaning
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td className="py-1 pr-3 align-top font-mono text-xs">
                    {p.name}
                    {p.required ? <span className="text-bad"> (required)</span> : null}
                  </td>
                  <td className="py-1 pr-3 align-top text-muted">{p.in}</td>
                  <td className="py-1 align-top">
                    <Prose text={p.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {body && (
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">Request body</h4>
          <Prose text={body.description} className="text-sm text-muted" />
          {Object.entries(body.content).map(([type, media]) => (
            <SchemaDetails key={type} label={`Body schema (${type})`} schema={media.schema} />
          ))}
        </div>
      )}
      <div className="space-y-1">
        <h4 className="text-sm font-semibold">Responses</h4>
        <ul className="space-y-2">
          {Object.entries(operation.responses).map(([status, response]) => (
            <li key={status} className="text-sm">
              <span className="font-mono font-semibold">{status}</span>{" "}
              <Prose text={response.description} className="inline" />
              {Object.entries(response.content ?? {}).map(([type, media]) => (
                <SchemaDetails key={type} label={`${status} body schema (${type})`} schema={media.schema} />
              ))}
            </li>
          ))}
        </ul>
      </div>
      <div className="space-y-1">
        <h4 className="text-sm font-semibold">Try it</h4>
        <pre
          tabIndex={0}
          aria-label={`curl command for ${operation.summary}`}
          className="overflow-x-auto rounded bg-background p-2 text-xs"
        >
          {curlFor(baseUrl, method, path, operation)}
        </pre>
      </div>
    </section>
  );
}
