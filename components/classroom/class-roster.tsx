/**
 * The class view's table: who joined, where each learner is in the walkthrough and whether their last "Do it"
 * did what it should, how many events their sandbox holds and how far behind its read model was last. One click
 * presents a learner's sandbox (the whole app then shows it) on the big screen. The lab column counts the
 * exercises each learner's browser reported passed.
 */
import { presentSandboxAction } from "@/app/classes/actions";
import { formatCount } from "@/components/ui/format";
import { secondaryButton } from "@/components/ui/styles";
import { EXERCISES } from "@/lib/lab/exercise-list";
import type { RosterLearner, RosterSandbox } from "@/lib/read-model/class-queries";

function Step({ box }: { box: RosterSandbox }) {
  if (box.step === null) return <span className="text-muted">not started</span>;
  return (
    <span>
      Step {box.step}{" "}
      {box.stepOk ? <span className="text-ok">done</span> : <span className="text-bad">did not work</span>}
    </span>
  );
}

function PresentButton({ sandbox, label }: { sandbox: string; label: string }) {
  return (
    <form action={presentSandboxAction.bind(null, sandbox)}>
      <button type="submit" className={secondaryButton} aria-label={label}>
        Present
      </button>
    </form>
  );
}

/** How far a learner is in the lab: passed exercises out of all, named in a tooltip. */
function LabProgress({ passed }: { passed: readonly string[] }) {
  const titles = EXERCISES.filter((exercise) => passed.includes(exercise.id)).map(
    (exercise) => `${exercise.number}. ${exercise.title}`,
  );
  return (
    <span title={titles.join("\n") || undefined}>
      {titles.length} of {EXERCISES.length}
    </span>
  );
}

export function ClassRoster({
  learners,
  labPasses = {},
}: {
  learners: readonly RosterLearner[];
  /** The lab exercises each current sandbox passed. */
  labPasses?: Readonly<Record<string, readonly string[]>>;
}) {
  if (learners.length === 0)
    return <p className="text-sm text-muted">Nobody has joined yet. Share the join link above.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Learners">
        <thead className="text-xs text-muted">
          <tr>
            <th className="py-2 pr-4 font-medium">Learner</th>
            <th className="py-2 pr-4 font-medium">Walkthrough</th>
            <th className="py-2 pr-4 font-medium">Events</th>
            <th className="py-2 pr-4 font-medium">Projection lag</th>
            <th className="py-2 pr-4 font-medium">Lab</th>
            <th className="py-2 font-medium">Sandbox</th>
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => {
            const [current, ...older] = learner.sandboxes;
            if (!current) return null;
            return (
              <tr key={learner.learnerId} className="border-t border-border align-top" data-testid="roster-row">
                <td className="py-2 pr-4 font-medium break-words">{learner.displayName}</td>
                <td className="py-2 pr-4" data-testid="roster-step">
                  <Step box={current} />
                </td>
                <td className="py-2 pr-4 tabular-nums" data-testid="roster-events">
                  {formatCount(current.events)}
                </td>
                <td className="py-2 pr-4 tabular-nums">
                  {current.lastLagMs === null ? "—" : `${formatCount(current.lastLagMs)} ms`}
                </td>
                <td className="py-2 pr-4 tabular-nums" data-testid="roster-lab">
                  <LabProgress passed={labPasses[current.sandbox] ?? []} />
                </td>
                <td className="space-y-2 py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <code className="text-xs">{current.sandbox}</code>
                    <PresentButton sandbox={current.sandbox} label={`Present ${learner.displayName}'s sandbox`} />
                  </div>
                  {older.map((box) => (
                    <div key={box.sandbox} className="flex flex-wrap items-center gap-2 text-xs text-muted">
                      <span>
                        Earlier sandbox <code>{box.sandbox}</code>, {formatCount(box.events)} events
                      </span>
                      <PresentButton
                        sandbox={box.sandbox}
                        label={`Present ${learner.displayName}'s earlier sandbox ${box.sandbox}`}
                      />
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
