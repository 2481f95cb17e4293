/** A paragraph of an exercise's words, with `backticked` spans shown as code. */
export function Prose({ text }: { text: string }) {
  return (
    <p className="text-sm leading-relaxed">
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-background px-1 font-mono text-xs">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </p>
  );
}
