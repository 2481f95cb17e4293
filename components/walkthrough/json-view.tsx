/**
 * JSON as text, pretty-printed, with chosen top-level attributes highlighted whole (e.g. a DynamoDB item's pk
 * and sk). Exactly the value's JSON: nothing is reformatted beyond indentation.
 */

/** For each line: whether it belongs to a highlighted top-level attribute. */
function markedLines(lines: readonly string[], highlight: readonly string[]): boolean[] {
  let marking = false;
  return lines.map((line) => {
    // A line indented by exactly two spaces starts (or closes) a top-level attribute.
    if (/^ {2}\S/.test(line)) {
      const key = /^ {2}"([^"]+)":/.exec(line)?.[1];
      if (key !== undefined) marking = highlight.includes(key);
    } else if (!line.startsWith("  ")) {
      marking = false;
    }
    return marking;
  });
}

export function JsonView({ value, label, highlight = [], testId }: { value: unknown; label: string; highlight?: readonly string[]; testId?: string }) {
  const lines = JSON.stringify(value, null, 2).split("\n");
  const marked = markedLines(lines, highlight);
  return (
    <pre aria-label={label} data-testid={testId} className="overflow-x-auto rounded-md border border-border bg-background py-3 font-mono text-xs leading-relaxed">
      {lines.map((line, i) => (
        <span key={i} className={marked[i] ? "block bg-accent/15 px-3 font-semibold text-accent" : "block px-3"}>
          {line}
        </span>
      ))}
    </pre>
  );
}
