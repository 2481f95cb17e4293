/** What went wrong in the learner's code, in words, with the line when the error said where. */
import type { Problem } from "@/lib/lab/runner-protocol";

export function ProblemNote({ problem }: { problem: Problem }) {
  return (
    <p className="text-sm text-bad" data-problem={problem.kind}>
      {problem.message}
      {problem.line !== undefined ? ` (line ${problem.line})` : ""}
    </p>
  );
}
