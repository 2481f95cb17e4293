/** The race as the class view shows it: per revision, whose save won and whose were refused. */
import type { ClassActivity } from "@/lib/classroom/activity-pages";

export function ActivityRounds({ activity }: { activity: ClassActivity }) {
  const saves = activity.rounds.filter((round) => round.winner !== undefined).length;
  const refusals = activity.rounds.reduce((sum, round) => sum + round.refused.length, 0);
  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="activity-totals">
        {activity.student
          ? `${activity.student.fullName}, now at revision ${activity.student.revision}: `
          : "The shared student: "}
        {saves} {saves === 1 ? "save" : "saves"} won, {refusals} {refusals === 1 ? "was" : "were"} refused.
      </p>
      {activity.rounds.length === 0 ? (
        <p className="text-sm text-muted">No save yet: learners find the student on their class page.</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label="Rounds">
          <thead className="text-xs text-muted">
            <tr>
              <th className="py-2 pr-4 font-medium">Saved at revision</th>
              <th className="py-2 pr-4 font-medium">Won</th>
              <th className="py-2 font-medium">Refused</th>
            </tr>
          </thead>
          <tbody>
            {activity.rounds.map((round) => (
              <tr key={round.expectedRevision} className="border-t border-border" data-testid="activity-round">
                <td className="py-2 pr-4 tabular-nums">{round.expectedRevision}</td>
                <td className="py-2 pr-4 break-words">{round.winner ?? "—"}</td>
                <td className="py-2 break-words">{round.refused.length > 0 ? round.refused.join(", ") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
