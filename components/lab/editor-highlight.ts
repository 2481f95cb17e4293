/**
 * The editor's syntax colours, from the app's theme tokens (app/globals.css), so code reads with enough contrast
 * in light and dark alike; CodeMirror's default colours are made for a light page only.
 */
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";

export const editorHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.keyword, tags.controlKeyword, tags.modifier, tags.operatorKeyword], color: "var(--accent)" },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--ok)" },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--warn)" },
    { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--muted)", fontStyle: "italic" },
    { tag: [tags.typeName, tags.className], color: "var(--bad)" },
    {
      tag: [tags.definition(tags.variableName), tags.function(tags.variableName)],
      color: "var(--foreground)",
      fontWeight: "600",
    },
    { tag: tags.invalid, color: "var(--bad)" },
  ]),
);
