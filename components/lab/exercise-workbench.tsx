"use client";
/**
 * One exercise at work: the editor, saved as the learner types; a check shortly after each pause in typing
 * (specs and replay, in a fresh worker); the results; and how long things took, for docs/lab.md's figures.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { recordLabPassAction } from "@/app/lab/actions";
import { findExercise } from "@/lib/lab/exercise-list";
import type { LabHistory } from "@/lib/lab/lab-history";
import { CodeEditor, type EditorMark } from "@/components/lab/code-editor";
import { LabRunner } from "@/components/lab/lab-runner";
import { loadCode, saveCode, savePassed } from "@/components/lab/lab-storage";
import { ProblemNote } from "@/components/lab/problem-note";
import { ReplayPanel } from "@/components/lab/replay-panel";
import { hasPassed, runCheck, type CheckView } from "@/components/lab/run-check";
import { SpecList } from "@/components/lab/spec-list";
import { starterCode } from "@/components/lab/starter-code";
import { secondaryButton } from "@/components/ui/styles";

/** The pause in typing after which the code is checked. */
const PAUSE_MS = 250;

interface Timings {
  /** From the workbench's first render in the browser to a worker ready to run code. */
  workerReadyMs?: number;
  /** The same, counted from the start of the page's navigation. */
  workerReadySinceNavigationMs?: number;
  /** The last check, from the pause in typing to its results. */
  checkMs?: number;
  /** Checks finished so far, so a test can wait for the next one. */
  checks?: number;
}

export function ExerciseWorkbench({
  exerciseId,
  scope,
  history,
  starter,
}: {
  exerciseId: string;
  /** The exercise's starter, with the app's code it begins with (read by the page). */
  starter: string;
  /** Whose drafts and progress these are: the viewer's sandbox. */
  scope: string;
  history: LabHistory;
}) {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(`no exercise ${exerciseId}`);
  const specs = useMemo(() => exercise.specs(), [exercise]);
  const groups = useMemo(() => exercise.replay?.groups(history) ?? [], [exercise, history]);
  const [initialDoc, setInitialDoc] = useState<string | undefined>(undefined);
  const [check, setCheck] = useState<CheckView>({ kind: "waiting" });
  const [timings, setTimings] = useState<Timings>({});
  const runner = useRef<LabRunner | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reported = useRef(false);

  const checkNow = useCallback(
    async (code: string) => {
      if (!runner.current) return;
      const { view, ms } = await runCheck(runner.current, code, specs, groups);
      if (!view) return;
      setCheck(view);
      setTimings((t) => ({ ...t, checkMs: Math.round(ms), checks: (t.checks ?? 0) + 1 }));
      if (hasPassed(view)) {
        savePassed(scope, exerciseId);
        if (!reported.current) {
          reported.current = true;
          // The class view's record; the page does not wait for it, nor mind if it fails.
          void recordLabPassAction(exerciseId).catch(() => undefined);
        }
      }
    },
    [specs, groups, scope, exerciseId],
  );

  useEffect(() => {
    const lab = new LabRunner();
    runner.current = lab;
    const mounted = performance.now();
    lab.warm().then(
      () => {
        const now = performance.now();
        setTimings((t) => ({
          ...t,
          workerReadyMs: Math.round(now - mounted),
          workerReadySinceNavigationMs: Math.round(now),
        }));
      },
      () => undefined,
    );
    const code = loadCode(scope, exerciseId) ?? starterCode(scope, starter);
    // Read from this browser's storage, which the server cannot see: set once mounted, never at render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setInitialDoc(code);
    void checkNow(code);
    return () => {
      clearTimeout(pause.current);
      lab.close();
      runner.current = null;
    };
  }, [scope, exerciseId, starter, checkNow]);

  const onChange = useCallback(
    (code: string) => {
      saveCode(scope, exerciseId, code);
      clearTimeout(pause.current);
      pause.current = setTimeout(() => void checkNow(code), PAUSE_MS);
    },
    [scope, exerciseId, checkNow],
  );

  const reset = () => {
    const fresh = starterCode(scope, starter);
    saveCode(scope, exerciseId, fresh);
    // A new document remakes the editor; one equal to the current start would not, so it differs by a newline.
    setInitialDoc(initialDoc === fresh ? `${fresh}\n` : fresh);
    void checkNow(fresh);
  };

  const mark: EditorMark | undefined =
    check.kind === "syntax"
      ? { line: check.line, message: check.message }
      : check.kind === "not-loaded" && check.problem.line !== undefined
        ? { line: check.problem.line, message: check.problem.message }
        : undefined;
  const specResults = check.kind === "checked" ? check.specs : undefined;
  const passed = hasPassed(check);

  return (
    <div className="space-y-6">
      <section aria-labelledby="editor-heading" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="editor-heading" className="text-lg font-semibold">
            Your code
          </h2>
          <button type="button" className={secondaryButton} onClick={reset}>
            Start again from the starter
          </button>
        </div>
        {initialDoc === undefined ? (
          <p className="text-sm text-muted">Loading the editor…</p>
        ) : (
          <CodeEditor
            initialDoc={initialDoc}
            onChange={onChange}
            mark={mark}
            label={`Your code for ${exercise.title}`}
          />
        )}
        <div aria-live="polite" data-testid="check-status" data-kind={check.kind} data-passed={passed}>
          {check.kind === "syntax" ? (
            <p className="text-sm text-bad">
              {check.message} (line {check.line})
            </p>
          ) : null}
          {check.kind === "stopped" ? <p className="text-sm text-bad">{check.message}</p> : null}
          {check.kind === "not-loaded" ? <ProblemNote problem={check.problem} /> : null}
          {passed ? (
            <p className="rounded-md border border-ok bg-ok-surface p-3 text-sm text-ok">
              Every spec passes and the replay matches the app: exercise passed.
            </p>
          ) : null}
        </div>
        <p
          className="text-xs text-muted"
          data-testid="lab-timings"
          data-worker-ready-ms={timings.workerReadyMs}
          data-worker-ready-since-navigation-ms={timings.workerReadySinceNavigationMs}
          data-check-ms={timings.checkMs}
          data-check-seq={timings.checks ?? 0}
          data-replay-events={history.eventCount}
        >
          {timings.checkMs !== undefined ? `Last check: ${timings.checkMs} ms` : "Starting the runner…"}
        </p>
      </section>
      <section aria-labelledby="specs-heading" className="space-y-2">
        <h2 id="specs-heading" className="text-lg font-semibold">
          Specs
        </h2>
        <SpecList specs={specs} results={specResults} />
      </section>
      {exercise.replay ? (
        <ReplayPanel
          outcome={check.kind === "checked" ? check.replay : undefined}
          describes={exercise.replay.describes}
          source={history.source}
        />
      ) : null}
    </div>
  );
}
