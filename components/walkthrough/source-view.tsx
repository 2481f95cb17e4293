/**
 * Source of the project, as it is on the server, with its line numbers. Long lines wrap under their own start
 * (a hanging indent), so a narrow panel shows all of each line and the numbers stay in their gutter.
 */
import type { SourceText } from "@/lib/walkthrough/source-files";

export function SourceView({ source, label }: { source: SourceText; label: string }) {
  if (source.text === undefined) {
    return <p className="text-sm text-muted">The source of {source.path} is not part of this build.</p>;
  }
  const lines = source.text.split("\n");
  const last = source.firstLine + lines.length - 1;
  return (
    <figure className="space-y-2">
      <figcaption className="flex flex-wrap justify-between gap-2 text-xs text-muted">
        <code className="font-mono [overflow-wrap:anywhere]">{source.path}</code>
        <span>{source.firstLine === 1 ? `${lines.length} lines` : `lines ${source.firstLine}–${last}`}</span>
      </figcaption>
      <pre
        aria-label={label}
        tabIndex={0}
        data-keeps-arrows
        className="max-h-[28rem] overflow-auto rounded-md border border-border bg-background py-2 font-mono text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-accent"
      >
        {lines.map((line, i) => (
          <span key={i} className="block pr-3 pl-10 -indent-10 whitespace-pre-wrap [overflow-wrap:anywhere]">
            <span aria-hidden="true" className="inline-block w-10 pr-3 indent-0 text-right text-muted select-none">
              {source.firstLine + i}
            </span>
            {line}
          </span>
        ))}
      </pre>
    </figure>
  );
}
