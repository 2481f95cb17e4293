/** A source file of the project, as it is on the server, with line numbers; scrolls inside its own box. */
import type { SourceText } from "@/lib/walkthrough/source-files";

export function SourceView({ source, label }: { source: SourceText; label: string }) {
  if (source.text === undefined) {
    return <p className="text-sm text-muted">The source of {source.path} is not part of this build.</p>;
  }
  const lines = source.text.replace(/\n$/, "").split("\n");
  return (
    <figure className="space-y-2">
      <figcaption className="flex flex-wrap justify-between gap-2 text-xs text-muted">
        <code className="font-mono">{source.path}</code>
        <span>{lines.length} lines</span>
      </figcaption>
      <pre aria-label={label} tabIndex={0} data-keeps-arrows className="max-h-[28rem] overflow-auto rounded-md border border-border bg-background py-2 font-mono text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-accent">
        {lines.map((line, i) => (
          <span key={i} className="block pr-3">
            <span aria-hidden="true" className="inline-block w-10 pr-3 text-right text-muted/70 select-none">
              {i + 1}
            </span>
            {line}
          </span>
        ))}
      </pre>
    </figure>
  );
}
