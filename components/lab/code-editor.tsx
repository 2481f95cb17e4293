"use client";
/**
 * The learner's editor: CodeMirror 6 with TypeScript syntax. It owns its document; the page hears every change
 * and may mark one line as the place of an error (a syntax error, or the line a run failed at).
 */
import { useEffect, useRef } from "react";
import { basicSetup, EditorView } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { editorHighlight } from "@/components/lab/editor-highlight";

export interface EditorMark {
  line: number;
  message: string;
}

const theme = EditorView.theme({
  "&": { fontSize: "13px", border: "1px solid var(--border)", borderRadius: "6px", backgroundColor: "var(--surface)" },
  ".cm-content": { fontFamily: "var(--font-mono, ui-monospace, monospace)", caretColor: "var(--foreground)" },
  ".cm-gutters": {
    backgroundColor: "var(--background)",
    color: "var(--muted)",
    borderRight: "1px solid var(--border)",
  },
  "&.cm-focused": { outline: "2px solid var(--accent)" },
  ".cm-scroller": { minHeight: "18rem", maxHeight: "34rem" },
});

export function CodeEditor({
  initialDoc,
  onChange,
  mark,
  label,
}: {
  initialDoc: string;
  onChange: (doc: string) => void;
  mark: EditorMark | undefined;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);

  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      doc: initialDoc,
      parent: host.current,
      extensions: [
        basicSetup,
        javascript({ typescript: true }),
        editorHighlight,
        lintGutter(),
        theme,
        // tabindex: the scrolling area holds a control reachable by the keyboard (axe's scrollable-region rule).
        EditorView.contentAttributes.of({ "aria-label": label, "data-testid": "lab-editor", tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once per document it starts from; later changes are its own.
  }, [initialDoc, label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const doc = editor.state.doc;
    const diagnostics =
      mark && mark.line >= 1 && mark.line <= doc.lines
        ? [
            {
              from: doc.line(mark.line).from,
              to: doc.line(mark.line).to,
              severity: "error" as const,
              message: mark.message,
            },
          ]
        : [];
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [mark]);

  return <div ref={host} />;
}
