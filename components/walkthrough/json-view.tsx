/**
 * JSON as text, pretty-printed, with chosen top-level attributes highlighted whole (e.g. a DynamoDB item's pk
 * and sk). Exactly the value's JSON: nothing is reformatted beyond indentation. Long lines wrap under their own
 * indentation, so a narrow panel shows every value whole.
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

const LINE = "block pr-3 whitespace-pre-wrap [overflow-wrap:anywhere]";

const indent = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

export function JsonView({
  value,
  label,
  highlight = [],
  testId,
}: {
  value: unknown;
  label: string;
  highlight?: readonly string[];
  testId?: string;
}) {
  const lines = JSON.stringify(value, null, 2).split("\n");
  const marked = markedLines(lines, highlight);
  return (
    <pre
      aria-label={label}
      data-testid={testId}
      className="rounded-md border border-border bg-background py-3 font-mono text-xs leading-relaxed"
    >
      {lines.map((line, i) => (
        <span
          key={i}
          className={`${LINE} ${marked[i] ? "bg-accent/15 font-semibold text-accent" : ""}`}
          style={{ paddingLeft: `calc(0.75rem + ${indent(line)}ch)`, textIndent: `-${indent(line)}ch` }}
        >
          {line}
        </span>
      ))}
    </pre>
  );
}
