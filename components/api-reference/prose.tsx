/** OpenAPI prose with its `code` spans rendered as code, and nothing else interpreted (no HTML, no markdown links). */
export function Prose({ text, className }: { text: string | undefined; className?: string }) {
  if (!text) return null;
  const parts = text.split(/(`[^`]+`)/);
  return (
    <p className={className}>
      {parts.map((part, i) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          <code key={i} className="rounded bg-background px-1 font-mono text-[0.85em]">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </p>
  );
}
